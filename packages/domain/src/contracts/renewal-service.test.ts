import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutboxMessage } from "../mail/outbox-message.entity.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { Contract } from "./contract.entity.ts";
import { listContracts } from "./contract-list.ts";
import { listContractsReadModel } from "./contract-list-read-model.ts";
import { RENEWAL_REFERENCE_PATTERN } from "./renewal-reference.ts";
import { newContract } from "../testing/contract-fixtures.ts";
import { getRenewalQuote } from "./renewal-quote.ts";
import { renewContract } from "./renewal-service.ts";
import {
  renewableContract,
  RENEWAL_TODAY,
  testCustomerScope,
} from "../testing/renewal-test-support.ts";

describe.each(testDatabaseKinds())("renewContract on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());
  const nothingChanged = { periods: 2, requests: 0, mails: 0, audits: 0 };

  it("creates the next period, moves the grade on, and queues the mail and the audit event with it", async () => {
    // Grade 12 with one claim: next grade 9 (rate 55 %), 98,000 × 0.55 × 0.85 = 45,815 yen.
    const { contract, renew, mailTo, traces, policyholder } = await renewableContract(db.orm, {
      claimsThisPeriod: 1,
    });
    const result = await renew();
    expect(result).toEqual({
      ok: true,
      renewal: {
        contractId: contract.id,
        policyNumber: contract.policyNumber,
        newPeriod: { startsOn: "2027-01-24", endsOn: "2028-01-24", premiumYen: 45_815, grade: 9 },
        reference: expect.stringMatching(RENEWAL_REFERENCE_PATTERN),
        replayed: false,
      },
    });
    expect(await traces()).toEqual({ periods: 3, requests: 1, mails: 1, audits: 1 });

    const em = db.orm.em.fork();
    expect(await em.findOneOrFail(Contract, contract.id)).toMatchObject({
      nonFleetGrade: 9,
      claimsThisPeriod: 0,
    });
    const mail = await em.findOneOrFail(OutboxMessage, { toAddress: mailTo });
    expect(mail.textBody).toContain(contract.policyNumber);
    expect(mail.textBody).toContain("2028年01月24日");
    const scope = testCustomerScope(
      em,
      { policyholderId: policyholder.id },
      { today: RENEWAL_TODAY },
    );
    const [row] = await listContracts(scope);
    // The list shows the same 受付番号 with the next period, and the current period unchanged.
    expect(row).toMatchObject({
      currentPeriod: { endsOn: "2027-01-24", renewalReference: null },
      nextPeriod: {
        endsOn: "2028-01-24",
        renewalReference: result.ok ? result.renewal.reference : "?",
      },
      eligibility: { reason: "ALREADY_RENEWED" },
    });
    expect(await listContractsReadModel(scope)).toEqual([row]);
  });

  it("opens the completion mail with one English line when the customer uses the web app in English", async () => {
    const { scope, input, mailTo, contract } = await renewableContract(db.orm);
    const result = await renewContract({ ...scope(db.orm.em.fork()), language: "en" }, input());
    expect(result.ok).toBe(true);
    const mail = await db.orm.em.fork().findOneOrFail(OutboxMessage, { toAddress: mailTo });
    expect(mail.textBody.split("\n\n")[0]).toBe(
      `The renewal of your contract ${contract.policyNumber} is complete;` +
        " the new period runs from 2027-01-24 to 2028-01-24." +
        " The details below are in Japanese, the language of your insurance contract.",
    );
    expect(mail.subject).toContain("継続手続完了のお知らせ");
  });

  it("answers a repeated submission with the same key with the first result, changing nothing", async () => {
    const { renew, traces } = await renewableContract(db.orm);
    const first = await renew();
    const again = await renew();
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.renewal).toEqual({ ...first.renewal, replayed: true });
    expect(await traces()).toEqual({ periods: 3, requests: 1, mails: 1, audits: 1 });
  });

  it("refuses the same key with another contract or another quote (IDEMPOTENCY_KEY_REUSED)", async () => {
    const { renew, policyholder, traces } = await renewableContract(db.orm);
    const em = db.orm.em.fork();
    const second = newContract(em, em.getReference(Policyholder, policyholder.id), {
      endsOn: "2027-01-10",
    });
    await em.flush();
    expect((await renew()).ok).toBe(true);

    const otherContract = await renew({ contractId: second.id });
    const otherQuote = await renew({ quoteId: "0".repeat(32) });
    expect(otherContract).toMatchObject({
      ok: false,
      error: {
        code: "IDEMPOTENCY_KEY_REUSED",
        message: { ja: expect.any(String), en: expect.any(String) },
      },
    });
    expect(otherQuote).toMatchObject({ ok: false, error: { code: "IDEMPOTENCY_KEY_REUSED" } });
    expect(await traces()).toMatchObject({ periods: 3, requests: 1, mails: 1, audits: 1 });
  });

  it("refuses a stale quote (QUOTE_CHANGED), changing nothing, and renews with the fresh one", async () => {
    const { contract, renew, scope, traces } = await renewableContract(db.orm);
    const ask = () => getRenewalQuote(scope(db.orm.em.fork()), { contractId: contract.id });
    const before = await ask();
    // A claim is recorded after the customer saw the quote: the price they confirmed is no longer the price.
    await db.orm.em.fork().nativeUpdate(Contract, { id: contract.id }, { claimsThisPeriod: 1 });
    const after = await ask();
    if (!before.ok || !after.ok) throw new Error("expected quotes");
    expect(after.quote.quoteId).not.toBe(before.quote.quoteId);

    const stale = await renew({ quoteId: before.quote.quoteId });
    expect(stale).toMatchObject({ ok: false, error: { code: "QUOTE_CHANGED" } });
    expect(await traces()).toEqual(nothingChanged);
    const fresh = await renew({ quoteId: after.quote.quoteId, idempotencyKey: "renew-2" });
    expect(fresh).toMatchObject({ ok: true, renewal: { newPeriod: { grade: 9 } } });
  });

  it("refuses outside the renewal window with the reason (NOT_RENEWABLE)", async () => {
    const early = await renewableContract(db.orm, { endsOn: "2027-06-30" });
    const expired = await renewableContract(db.orm, { endsOn: "2026-11-30" });
    expect(await early.renew()).toMatchObject({
      ok: false,
      error: { code: "NOT_RENEWABLE", reason: "TOO_EARLY" },
    });
    expect(await expired.renew()).toMatchObject({
      ok: false,
      error: { code: "NOT_RENEWABLE", reason: "EXPIRED" },
    });
    expect(await early.traces()).toEqual(nothingChanged);
    expect(await expired.traces()).toEqual(nothingChanged);
  });

  it("answers someone else's contract exactly like an unknown one, leaving it alone", async () => {
    const me = await renewableContract(db.orm);
    const someoneElse = await renewableContract(db.orm);
    const theirs = await me.renew({
      contractId: someoneElse.contract.id,
      quoteId: someoneElse.quote.quoteId,
    });
    const unknown = await me.renew({
      contractId: "7d0e7f4e-1111-4c55-9a51-2f6d7c9e8a10",
      idempotencyKey: "renew-2",
    });
    const malformed = await me.renew({
      contractId: "'; drop table contract; --",
      idempotencyKey: "renew-3",
    });
    expect(theirs).toMatchObject({ ok: false, error: { code: "CONTRACT_NOT_FOUND" } });
    expect(unknown).toEqual(theirs);
    expect(malformed).toEqual(theirs);
    expect(await someoneElse.traces()).toEqual(nothingChanged);
  });

  it(
    "refuses a missing, over-long or malformed idempotency " +
      "key (IDEMPOTENCY_KEY_INVALID), changing nothing",
    async () => {
      const { renew, traces } = await renewableContract(db.orm);
      for (const idempotencyKey of [
        undefined,
        null,
        "",
        "k".repeat(101),
        "has space",
        "鍵",
        "a/b",
      ]) {
        expect(await renew({ idempotencyKey })).toMatchObject({
          ok: false,
          error: { code: "IDEMPOTENCY_KEY_INVALID" },
        });
      }
      expect(await traces()).toEqual(nothingChanged);
      expect(await renew({ idempotencyKey: "K_-9".padEnd(100, "x") })).toMatchObject({ ok: true });
    },
  );

  it("renews once when submitted again and again with new keys (ALREADY_RENEWED)", async () => {
    const { renew, traces } = await renewableContract(db.orm);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await renew({ idempotencyKey: `attempt-${i}` }));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.slice(1).map((r) => !r.ok && r.error.code)).toEqual(
      Array(4).fill("ALREADY_RENEWED"),
    );
    expect(await traces()).toEqual({ periods: 3, requests: 1, mails: 1, audits: 1 });
  });
});
