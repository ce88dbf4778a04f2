import { createHash } from "node:crypto";
import type { Outcome } from "../errors/failure.ts";
import type { CustomerScope } from "../request-scope.ts";
import { addYears } from "../time/calendar-date.ts";
import { ContractPeriod } from "./contract-period.entity.ts";
import { Contract } from "./contract.entity.ts";
import { selectPeriods } from "./contract-periods.ts";
import { annualPremiumYen, nextNonFleetGrade } from "./premium.ts";
import { renewalDay } from "./renewal-day.ts";
import { renewalEligibility } from "./renewal-eligibility.ts";
import { refusalFailure, renewalFailure, type RenewalFailure } from "./renewal-failures.ts";

/** The offer for the next period of a contract, computed on the server. */
export interface RenewalQuote {
  contractId: string;
  policyNumber: string;
  /** The next period: starts on the current expiry date and runs one year. */
  startsOn: string;
  endsOn: string;
  currentGrade: number;
  nextGrade: number;
  groupDiscountPercent: number;
  premiumYen: number;
  /** A digest of everything the offer depends on; renewing with a stale one is refused. */
  quoteId: string;
}

/** What a quote is computed from: the contract's rating and its current period. */
export type QuoteBasis = Pick<
  Contract,
  | "id"
  | "policyNumber"
  | "nonFleetGrade"
  | "claimsThisPeriod"
  | "groupDiscountPercent"
  | "basePremiumYen"
>;

// Bump when the quote's meaning changes, so quotes issued before a deploy stop matching.
const QUOTE_VERSION = "renewal-quote/1";

/**
 * Quotes the next period. Dates are calendar dates: the next period starts on the current
 * expiry date (the day both periods share, as the conventional 16:00 hand-over does) and
 * ends one year later (29 February → 28 February). The grade moves by the claims of the
 * current period; the premium applies the grade rate and the group discount.
 */
export function quoteRenewal(
  contract: QuoteBasis,
  currentPeriod: { endsOn: string },
): RenewalQuote {
  const startsOn = currentPeriod.endsOn;
  const endsOn = addYears(startsOn, 1);
  const nextGrade = nextNonFleetGrade(contract.nonFleetGrade, contract.claimsThisPeriod);
  const premiumYen = annualPremiumYen({
    basePremiumYen: contract.basePremiumYen,
    grade: nextGrade,
    groupDiscountPercent: contract.groupDiscountPercent,
  });
  // Inputs and results both go in: a changed rate table changes the premium, hence the digest.
  const basis = [
    QUOTE_VERSION,
    contract.id,
    startsOn,
    endsOn,
    contract.nonFleetGrade,
    contract.claimsThisPeriod,
    nextGrade,
    contract.groupDiscountPercent,
    contract.basePremiumYen,
    premiumYen,
  ];
  const quoteId = createHash("sha256").update(JSON.stringify(basis)).digest("hex").slice(0, 32);
  return {
    contractId: contract.id,
    policyNumber: contract.policyNumber,
    startsOn,
    endsOn,
    currentGrade: contract.nonFleetGrade,
    nextGrade,
    groupDiscountPercent: contract.groupDiscountPercent,
    premiumYen,
    quoteId,
  };
}

export type RenewalQuoteResult = Outcome<{ quote: RenewalQuote }, RenewalFailure>;

/** A renewable contract with its current period and the quote for the next one. */
export interface RenewalAssessment {
  contract: Contract;
  currentPeriod: ContractPeriod;
  quote: RenewalQuote;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads the customer's contract and decides whether it can be renewed today (two SQL
 * statements) with the scope's entity manager (the renewal passes its transaction's).
 * Someone else's contract, and an ID that is not even a UUID, answer exactly like an
 * unknown one.
 */
export async function assessRenewal(
  scope: CustomerScope,
  { contractId }: { contractId: string },
): Promise<Outcome<{ assessment: RenewalAssessment }, RenewalFailure>> {
  const { em } = scope;
  // PostgreSQL rejects a malformed uuid with an error; a malformed ID is simply not found.
  if (!UUID.test(contractId)) return { ok: false, error: renewalFailure("CONTRACT_NOT_FOUND") };
  const contract = await em.findOne(Contract, {
    id: contractId,
    policyholder: scope.customer.policyholderId,
  });
  if (!contract) return { ok: false, error: renewalFailure("CONTRACT_NOT_FOUND") };
  const { today, windowDays } = renewalDay(scope);
  const periods = await em.find(ContractPeriod, { contract });
  const selection = selectPeriods(periods, today);
  if (!selection) return { ok: false, error: refusalFailure({ reason: "NOT_ONLINE_RENEWABLE" }) };

  const eligibility = renewalEligibility({
    product: contract.product,
    currentPeriod: selection.current,
    hasNextPeriod: selection.next !== null,
    today,
    windowDays,
  });
  if (!eligibility.renewable) return { ok: false, error: refusalFailure(eligibility) };
  return {
    ok: true,
    assessment: {
      contract,
      currentPeriod: selection.current,
      quote: quoteRenewal(contract, selection.current),
    },
  };
}

/** The renewalQuote operation: the quote for one of the customer's contracts, or why there is none. */
export async function getRenewalQuote(
  scope: CustomerScope,
  input: { contractId: string },
): Promise<RenewalQuoteResult> {
  const result = await assessRenewal(scope, input);
  return result.ok ? { ok: true, quote: result.assessment.quote } : result;
}
