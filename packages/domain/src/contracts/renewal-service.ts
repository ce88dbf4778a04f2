import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { Account } from "../accounts/account.entity.ts";
import { recordAudit } from "../audit/audit-log.ts";
import type { Em } from "../database/orm.ts";
import type { Outcome } from "../errors/failure.ts";
import { queueMail } from "../mail/outbox.ts";
import { renewalCompletedMail } from "../mail/templates/renewal-completed.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import type { CustomerScope } from "../request-scope.ts";
import { bounded } from "../validation/input-bounds.ts";
import { ContractPeriod } from "./contract-period.entity.ts";
import {
  renewalFailure,
  type RenewalFailure,
  type RenewalFailureCode,
} from "./renewal-failures.ts";
import { assessRenewal } from "./renewal-quote.ts";
import { newRenewalReference } from "./renewal-reference.ts";
import {
  IDEMPOTENCY_KEY_PATTERN,
  RenewalRequest,
  requestFingerprint,
} from "./renewal-request.entity.ts";

/** What the customer submits to renew: the contract, the quote they confirmed, and their key for this attempt. */
export interface RenewContractInput {
  contractId: string;
  /** The quoteId of the quote the customer confirmed. */
  quoteId: string;
  /** Chosen by the client per renewal attempt: 1–100 of A–Z, a–z, 0–9, '-', '_'. */
  idempotencyKey: string | null | undefined;
}

/** A completed renewal, as first answered or as replayed for a repeated submission. */
export interface CompletedRenewal {
  contractId: string;
  policyNumber: string;
  newPeriod: { startsOn: string; endsOn: string; premiumYen: number; grade: number };
  /** 受付番号: the customer's reference for this renewal, the same when the answer is replayed. */
  reference: string;
  /** True when this answer repeats an earlier submission with the same key; nothing was changed this time. */
  replayed: boolean;
}

export type RenewContractResult = Outcome<{ renewal: CompletedRenewal }, RenewalFailure>;

const fail = (code: RenewalFailureCode): RenewContractResult => ({
  ok: false,
  error: renewalFailure(code),
});

function completed(request: RenewalRequest, replayed: boolean): CompletedRenewal {
  const period = request.contractPeriod;
  return {
    contractId: period.contract.id,
    policyNumber: period.contract.policyNumber,
    newPeriod: {
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      premiumYen: period.premiumYen,
      grade: period.nonFleetGrade,
    },
    reference: request.reference,
    replayed,
  };
}

function findEarlier(
  em: Em,
  policyholderId: string,
  idempotencyKey: string,
): Promise<RenewalRequest | null> {
  return em.findOne(
    RenewalRequest,
    { policyholder: policyholderId, idempotencyKey },
    { populate: ["contractPeriod.contract"] },
  );
}

function answerEarlier(earlier: RenewalRequest, fingerprint: string): RenewContractResult {
  if (earlier.requestFingerprint !== fingerprint) return fail("IDEMPOTENCY_KEY_REUSED");
  return { ok: true, renewal: completed(earlier, true) };
}

/**
 * The renewContract operation: renews one of the signed-in customer's contracts for the next
 * period, once. In one transaction it re-checks the window and the quote, inserts the next
 * period, moves the contract's grade on, remembers the idempotency key, queues the
 * confirmation mail and writes the audit event; a crash leaves all or none of them.
 *
 * Repeats are harmless: the same key with the same contract and quote answers the first
 * result again (replayed); a second renewal of the same period is refused by the unique
 * (contract_id, starts_on) constraint, whichever server instance attempts it.
 *
 * The scope's entity manager must not be inside a transaction: a failed insert aborts the
 * transaction, and the answer to a lost race is read after it.
 */
export async function renewContract(
  scope: CustomerScope,
  submitted: RenewContractInput,
): Promise<RenewContractResult> {
  const key = submitted.idempotencyKey;
  if (typeof key !== "string" || !IDEMPOTENCY_KEY_PATTERN.test(key))
    return fail("IDEMPOTENCY_KEY_INVALID");
  const input = {
    contractId: submitted.contractId,
    quoteId: bounded(submitted.quoteId, "quoteId"),
  };
  const fingerprint = requestFingerprint(input.contractId, input.quoteId);
  const { em } = scope;
  let result: RenewContractResult;
  try {
    result = await em.transactional((tem) =>
      renewOnce({ ...scope, em: tem }, input, key, fingerprint),
    );
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    result = fail("ALREADY_RENEWED");
  }
  if (result.ok || result.error.code !== "ALREADY_RENEWED") return result;
  // A concurrent request committed first. If it carried this very key, this is a repeat
  // that looked for the key before that commit and found the period after it: answer as
  // the first submission was answered. Only another key's renewal is ALREADY_RENEWED.
  const earlier = await findEarlier(em.fork(), scope.customer.policyholderId, key);
  return earlier ? answerEarlier(earlier, fingerprint) : result;
}

async function renewOnce(
  scope: CustomerScope,
  input: { contractId: string; quoteId: string },
  key: string,
  fingerprint: string,
): Promise<RenewContractResult> {
  const { em: tem, now, config, origin, customer } = scope;
  const earlier = await findEarlier(tem, customer.policyholderId, key);
  if (earlier) return answerEarlier(earlier, fingerprint);

  const assessed = await assessRenewal(scope, input);
  if (!assessed.ok) return assessed;
  const { contract, quote } = assessed.assessment;
  // The customer confirmed a price; if anything it depends on moved since, they must see the new one.
  if (quote.quoteId !== input.quoteId) return fail("QUOTE_CHANGED");
  // The mail's language, read before anything is written: the web app's language now, else the
  // one the account last used ("en" opens the mail with an English line).
  const language =
    scope.language ??
    (await tem.findOne(Account, { id: customer.accountId }, { fields: ["language"] }))?.language ??
    "ja";

  const period = tem.create(ContractPeriod, {
    contract,
    startsOn: quote.startsOn,
    endsOn: quote.endsOn,
    nonFleetGrade: quote.nextGrade,
    premiumYen: quote.premiumYen,
  });
  // The contract's rating now describes the new period: its grade, and no claims yet.
  contract.nonFleetGrade = quote.nextGrade;
  contract.claimsThisPeriod = 0;
  const request = tem.create(RenewalRequest, {
    reference: newRenewalReference(),
    policyholder: tem.getReference(Policyholder, customer.policyholderId),
    idempotencyKey: key,
    requestFingerprint: fingerprint,
    contractPeriod: period,
    createdAt: now,
  });
  queueMail(tem, {
    to: customer.email,
    kind: "renewal-completed",
    content: renewalCompletedMail({
      branding: config.branding,
      policyNumber: contract.policyNumber,
      description: contract.description,
      startsOn: quote.startsOn,
      endsOn: quote.endsOn,
      premiumYen: quote.premiumYen,
      timeZone: config.timeZone,
      completedAt: now,
      language,
    }),
    now: now,
  });
  recordAudit(tem, {
    type: "RENEWAL_COMPLETED",
    at: now,
    origin,
    accountId: customer.accountId,
    policyholderId: customer.policyholderId,
    detail: {
      contractId: contract.id,
      policyNumber: contract.policyNumber,
      startsOn: quote.startsOn,
      endsOn: quote.endsOn,
      grade: quote.nextGrade,
      premiumYen: quote.premiumYen,
      quoteId: quote.quoteId,
    },
  });
  // Flush before answering: the answer must describe rows the database accepted, and a lost race throws here.
  await tem.flush();
  return { ok: true, renewal: completed(request, false) };
}
