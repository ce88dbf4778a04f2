import { loadConfig } from "@cws/config";
import { AuditEvent } from "../audit/audit-event.entity.ts";
import type { Em, Orm } from "../database/orm.ts";
import { OutboxMessage } from "../mail/outbox-message.entity.ts";
import { ContractPeriod } from "../contracts/contract-period.entity.ts";
import { newContract, newPolicyholder, type ContractFixture } from "./contract-fixtures.ts";
import { quoteRenewal } from "../contracts/renewal-quote.ts";
import { RenewalRequest } from "../contracts/renewal-request.entity.ts";
import { renewContract, type RenewContractInput } from "../contracts/renewal-service.ts";
import type { CustomerPrincipal, CustomerScope } from "../request-scope.ts";

const config = loadConfig({ NODE_ENV: "test" });

/** Test support: the day renewal tests run on, inside the window of a contract expiring 2027-01-24. */
export const RENEWAL_TODAY = "2026-12-01";
export const RENEWAL_NOW = new Date("2026-12-01T03:00:00Z");

/**
 * Test support: the scope of a signed-in customer's request made at noon Japan time on
 * `today` (or at `now`), with the test configuration (a 60-day renewal window).
 */
export function testCustomerScope(
  em: Em,
  customer: Partial<CustomerPrincipal> & { policyholderId: string },
  at: { today?: string; now?: Date } = {},
): CustomerScope {
  const now = at.now ?? (at.today ? new Date(`${at.today}T03:00:00Z`) : RENEWAL_NOW);
  return {
    em,
    config,
    now,
    origin: { ip: "203.0.113.7", userAgent: "vitest" },
    customer: {
      accountId: "5d1c7a52-8e0f-4b8e-9d43-0f3a7c1b2e99",
      email: `taro.${customer.policyholderId.slice(0, 8)}@example.com`,
      sessionId: "0f3a7c1b-8e0f-4b8e-9d43-5d1c7a522e99",
      ...customer,
    },
  };
}

/**
 * Test support: a policyholder with one renewable contract, the renewContract input that
 * renews it, and `renew`, which submits an input (with overrides) as that customer.
 */
export async function renewableContract(orm: Orm, fixture: Partial<ContractFixture> = {}) {
  const em = orm.em.fork();
  const policyholder = newPolicyholder(em);
  const contract = newContract(em, policyholder, { endsOn: "2027-01-24", periods: 2, ...fixture });
  await em.flush();
  const quote = quoteRenewal(contract, { endsOn: fixture.endsOn ?? "2027-01-24" });
  // An address of its own (the scope's default), so each test counts only its own mails.
  const scope = (em: Em) => testCustomerScope(em, { policyholderId: policyholder.id });
  const mailTo = scope(orm.em).customer.email;
  const input = (overrides: Partial<RenewContractInput> = {}): RenewContractInput => ({
    contractId: contract.id,
    quoteId: quote.quoteId,
    idempotencyKey: "renew-1",
    ...overrides,
  });
  const renew = (overrides: Partial<RenewContractInput> = {}) =>
    renewContract(scope(orm.em.fork()), input(overrides));
  const traces = () =>
    renewalTraces(orm.em.fork(), {
      contractId: contract.id,
      policyholderId: policyholder.id,
      mailTo,
    });
  return { policyholder, contract, quote, mailTo, scope, input, renew, traces };
}

/** Test support: what renewals left behind for one contract: periods, remembered keys, mails and audit events. */
export async function renewalTraces(
  em: Em,
  of: { contractId: string; policyholderId: string; mailTo: string },
) {
  return {
    periods: await em.count(ContractPeriod, { contract: of.contractId }),
    requests: await em.count(RenewalRequest, { policyholder: of.policyholderId }),
    mails: await em.count(OutboxMessage, { kind: "renewal-completed", toAddress: of.mailTo }),
    audits: await em.count(AuditEvent, {
      type: "RENEWAL_COMPLETED",
      policyholderId: of.policyholderId,
    }),
  };
}
