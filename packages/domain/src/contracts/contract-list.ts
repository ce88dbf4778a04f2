import type { CustomerScope } from "../request-scope.ts";
import { ContractPeriod } from "./contract-period.entity.ts";
import { Contract, type Product } from "./contract.entity.ts";
import { selectPeriods } from "./contract-periods.ts";
import { renewalDay } from "./renewal-day.ts";
import { renewalEligibility, type RenewalEligibility } from "./renewal-eligibility.ts";
import { RenewalRequest } from "./renewal-request.entity.ts";

/** One period of a contract as the contract list shows it (契約期間, 満期日 = endsOn). */
export interface PeriodSummary {
  startsOn: string;
  endsOn: string;
  nonFleetGrade: number;
  premiumYen: number;
  /** 受付番号 of the online renewal that created this period; null for a period made otherwise. */
  renewalReference: string | null;
}

/** One row of the home page's contract list. */
export interface ContractSummary {
  id: string;
  /** 契約番号 */
  policyNumber: string;
  /** 締結日 */
  concludedOn: string;
  product: Product;
  /** 契約内容 */
  description: string;
  /** The period in force today; null only for a contract loaded without any period. */
  currentPeriod: PeriodSummary | null;
  /** The next period when the renewal is already done, so the list can show the new expiry. */
  nextPeriod: PeriodSummary | null;
  eligibility: RenewalEligibility;
}

export interface ListContractsInput {
  /** Only this contract (as the answer to a renewal shows it); unknown or someone else's lists nothing. */
  contractId?: string;
}

/** What the list needs of a contract, whichever path read it (entities or the read model's rows). */
export interface ContractListFacts {
  id: string;
  policyNumber: string;
  concludedOn: string;
  product: Product;
  description: string;
  periods: readonly PeriodSummary[];
}

const summary = (p: PeriodSummary): PeriodSummary => ({
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  nonFleetGrade: p.nonFleetGrade,
  premiumYen: p.premiumYen,
  renewalReference: p.renewalReference,
});

/**
 * One row of the list: the current and next period and the renewal eligibility, by the
 * domain's rules. Both the ORM path and the read model call it, so the rules have one home.
 */
export function summarizeContract(
  contract: ContractListFacts,
  today: string,
  windowDays: number,
): ContractSummary {
  const selection = selectPeriods(contract.periods, today);
  const eligibility: RenewalEligibility = selection
    ? renewalEligibility({
        product: contract.product,
        currentPeriod: selection.current,
        hasNextPeriod: selection.next !== null,
        today,
        windowDays,
      })
    : // Without a period there is nothing to renew from; the agency has to look at it.
      { renewable: false, reason: "NOT_ONLINE_RENEWABLE" };
  return {
    id: contract.id,
    policyNumber: contract.policyNumber,
    concludedOn: contract.concludedOn,
    product: contract.product,
    description: contract.description,
    currentPeriod: selection ? summary(selection.current) : null,
    nextPeriod: selection?.next ? summary(selection.next) : null,
    eligibility,
  };
}

/**
 * The signed-in customer's contracts with their current period and whether each can be renewed
 * online. Three SQL statements whatever the number of contracts and periods (the contracts,
 * all their periods, the online renewals that made any of them), so a large group
 * policyholder costs no more round trips than a small one.
 */
export async function listContracts(
  scope: CustomerScope,
  input: ListContractsInput = {},
): Promise<ContractSummary[]> {
  const { em } = scope;
  const { today, windowDays } = renewalDay(scope);
  const where = {
    policyholder: scope.customer.policyholderId,
    ...(input.contractId ? { id: input.contractId } : {}),
  };
  const contracts = await em.find(Contract, where, { orderBy: { policyNumber: "asc" } });
  if (contracts.length === 0) return [];
  const periods = await em.find(ContractPeriod, { contract: { $in: contracts.map((c) => c.id) } });

  const requests = await em.find(RenewalRequest, {
    contractPeriod: { $in: periods.map((p) => p.id) },
  });
  const references = new Map(requests.map((r) => [r.contractPeriod.id, r.reference]));

  const byContract = new Map<string, PeriodSummary[]>();
  for (const period of periods) {
    const list = byContract.get(period.contract.id) ?? [];
    list.push({
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      nonFleetGrade: period.nonFleetGrade,
      premiumYen: period.premiumYen,
      renewalReference: references.get(period.id) ?? null,
    });
    byContract.set(period.contract.id, list);
  }

  return contracts.map((c) => {
    const facts = {
      id: c.id,
      policyNumber: c.policyNumber,
      concludedOn: c.concludedOn,
      product: c.product,
      description: c.description,
    };
    return summarizeContract({ ...facts, periods: byContract.get(c.id) ?? [] }, today, windowDays);
  });
}
