import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { newContract, newPolicyholder } from "../testing/contract-fixtures.ts";
import { renewableContract, testCustomerScope } from "../testing/renewal-test-support.ts";
import { getRenewalQuote, quoteRenewal, type QuoteBasis } from "./renewal-quote.ts";

const contract: QuoteBasis = {
  id: "0b6f7c1e-2a4d-4c55-9a51-2f6d7c9e8a10",
  policyNumber: "0123456789",
  nonFleetGrade: 12,
  claimsThisPeriod: 0,
  groupDiscountPercent: 15,
  basePremiumYen: 98_000,
};

describe("quoteRenewal", () => {
  it(
    "quotes one year from the current expiry date, one grade " +
      "up after a claim-free year, with the group discount",
    () => {
      const quote = quoteRenewal(contract, { endsOn: "2027-01-24" });
      // Grade 13 rates 50 %: 98,000 × 0.50 × 0.85 = 41,650 yen.
      expect(quote).toMatchObject({
        contractId: contract.id,
        policyNumber: "0123456789",
        startsOn: "2027-01-24",
        endsOn: "2028-01-24",
        currentGrade: 12,
        nextGrade: 13,
        groupDiscountPercent: 15,
        premiumYen: 41_650,
      });
      expect(quote.quoteId).toMatch(/^[0-9a-f]{32}$/);
    },
  );

  it("moves the grade down after claims and ends a leap-day period on 28 February", () => {
    const quote = quoteRenewal({ ...contract, claimsThisPeriod: 1 }, { endsOn: "2028-02-29" });
    expect(quote).toMatchObject({ startsOn: "2028-02-29", endsOn: "2029-02-28", nextGrade: 9 });
  });

  it("gives the same quoteId for the same facts and a new one when anything the premium depends on changes", () => {
    const quoteId = quoteRenewal(contract, { endsOn: "2027-01-24" }).quoteId;
    expect(quoteRenewal({ ...contract }, { endsOn: "2027-01-24" }).quoteId).toBe(quoteId);
    const changed = [
      quoteRenewal({ ...contract, claimsThisPeriod: 1 }, { endsOn: "2027-01-24" }),
      quoteRenewal({ ...contract, nonFleetGrade: 11 }, { endsOn: "2027-01-24" }),
      quoteRenewal({ ...contract, groupDiscountPercent: 10 }, { endsOn: "2027-01-24" }),
      quoteRenewal({ ...contract, basePremiumYen: 99_000 }, { endsOn: "2027-01-24" }),
      quoteRenewal(contract, { endsOn: "2027-01-25" }),
      quoteRenewal(
        { ...contract, id: "0b6f7c1e-2a4d-4c55-9a51-2f6d7c9e8a11" },
        { endsOn: "2027-01-24" },
      ),
    ];
    for (const q of changed) expect(q.quoteId).not.toBe(quoteId);
  });
});

describe.each(testDatabaseKinds())("getRenewalQuote on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());
  const today = "2026-12-01";

  it("quotes a contract of the policyholder inside the window", async () => {
    const em = db.orm.em.fork();
    const me = newPolicyholder(em);
    const mine = newContract(em, me, { endsOn: "2027-01-24", periods: 3 });
    await em.flush();
    const scope = testCustomerScope(db.orm.em.fork(), { policyholderId: me.id }, { today });
    const result = await getRenewalQuote(scope, { contractId: mine.id });
    expect(result).toEqual({ ok: true, quote: quoteRenewal(mine, { endsOn: "2027-01-24" }) });
  });

  it("answers someone else's contract exactly like an unknown or malformed one", async () => {
    const em = db.orm.em.fork();
    const me = newPolicyholder(em);
    const other = newPolicyholder(em);
    const theirs = newContract(em, other, { endsOn: "2027-01-24" });
    await em.flush();
    const ask = (contractId: string) =>
      getRenewalQuote(testCustomerScope(db.orm.em.fork(), { policyholderId: me.id }, { today }), {
        contractId,
      });
    const answers = await Promise.all([
      ask(theirs.id),
      ask("7d0e7f4e-1111-4c55-9a51-2f6d7c9e8a10"),
      ask("not-a-uuid"),
    ]);
    expect(answers[0]).toMatchObject({ ok: false, error: { code: "CONTRACT_NOT_FOUND" } });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it("refuses outside the window with the reason", async () => {
    const em = db.orm.em.fork();
    const me = newPolicyholder(em);
    const later = newContract(em, me, { endsOn: "2027-06-30" });
    const accident = newContract(em, me, {
      endsOn: "2027-01-24",
      product: "GROUP_PERSONAL_ACCIDENT",
    });
    await em.flush();
    const ask = (contractId: string) =>
      getRenewalQuote(testCustomerScope(db.orm.em.fork(), { policyholderId: me.id }, { today }), {
        contractId,
      });
    expect(await ask(later.id)).toMatchObject({
      ok: false,
      error: { code: "NOT_RENEWABLE", reason: "TOO_EARLY" },
    });
    expect(await ask(accident.id)).toMatchObject({
      ok: false,
      error: { code: "NOT_RENEWABLE", reason: "NOT_ONLINE_RENEWABLE" },
    });
  });

  it("answers a renewed contract with ALREADY_RENEWED, the code renewContract answers for it", async () => {
    const { contract, renew, scope } = await renewableContract(db.orm);
    expect(await renew()).toMatchObject({ ok: true });
    const quote = await getRenewalQuote(scope(db.orm.em.fork()), { contractId: contract.id });
    const again = await renew({ idempotencyKey: "renew-2" });
    const message = { ja: expect.stringContaining("すでに完了") };
    expect(quote).toMatchObject({ ok: false, error: { code: "ALREADY_RENEWED", message } });
    expect(quote.ok === false && "reason" in quote.error).toBe(false);
    expect(again).toEqual(quote);
  });
});
