import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { addDays } from "../time/calendar-date.ts";
import { ContractPeriod } from "./contract-period.entity.ts";
import { listContracts } from "./contract-list.ts";
import { listContractsReadModel } from "./contract-list-read-model.ts";
import { newContract, newPolicyholder } from "../testing/contract-fixtures.ts";
import { testCustomerScope } from "../testing/renewal-test-support.ts";

describe.each(testDatabaseKinds())("listContracts on %s", (kind) => {
  let db: TestDatabase;
  let statements: string[] = [];
  beforeAll(async () => {
    db = await openTestDatabase(kind, { onQuery: (sql) => statements.push(sql) });
  });
  afterAll(() => db?.close());
  const today = "2026-11-25";

  /** The SQL statements one listing sends, leaving out transaction control. */
  async function countStatements(
    policyholderId: string,
    list = listContracts,
  ): Promise<{ count: number; rows: number }> {
    statements = [];
    const rows = await list(testCustomerScope(db.orm.em.fork(), { policyholderId }, { today }));
    return {
      count: statements.filter((s) => !/^\s*(begin|commit|rollback|savepoint|release)/i.test(s))
        .length,
      rows: rows.length,
    };
  }

  it("shows each contract with its number, dates, content and whether it can be renewed", async () => {
    const em = db.orm.em.fork();
    const me = newPolicyholder(em);
    newContract(em, me, { policyNumber: "1000000001", endsOn: "2027-01-24", periods: 2 });
    newContract(em, me, { policyNumber: "1000000002", endsOn: "2027-06-30" });
    newContract(em, me, { policyNumber: "1000000003", endsOn: "2026-11-20" });
    newContract(em, newPolicyholder(em), { policyNumber: "1000000004", endsOn: "2027-01-24" });
    await em.flush();

    const list = await listContracts(
      testCustomerScope(db.orm.em.fork(), { policyholderId: me.id }, { today }),
    );
    expect(list.map((c) => c.policyNumber)).toEqual(["1000000001", "1000000002", "1000000003"]);
    expect(list[0]).toMatchObject({
      concludedOn: "2025-01-24",
      product: "GROUP_AUTO",
      description: expect.stringContaining("みらいセダン"),
      currentPeriod: { startsOn: "2026-01-24", endsOn: "2027-01-24", nonFleetGrade: 12 },
      nextPeriod: null,
      eligibility: { renewable: true, opensOn: "2026-11-25", closesOn: "2027-01-24" },
    });
    expect(list[1]?.eligibility).toMatchObject({
      renewable: false,
      reason: "TOO_EARLY",
      opensOn: "2027-05-01",
    });
    expect(list[2]?.eligibility).toMatchObject({ renewable: false, reason: "EXPIRED" });
  });

  it("shows a renewed contract with its next period and no renewal button", async () => {
    const em = db.orm.em.fork();
    const me = newPolicyholder(em);
    const contract = newContract(em, me, { endsOn: "2027-01-24" });
    em.create(ContractPeriod, {
      contract,
      startsOn: "2027-01-24",
      endsOn: "2028-01-24",
      nonFleetGrade: 13,
      premiumYen: 41_650,
    });
    await em.flush();

    const [row] = await listContracts(
      testCustomerScope(db.orm.em.fork(), { policyholderId: me.id }, { today }),
    );
    expect(row).toMatchObject({
      currentPeriod: { endsOn: "2027-01-24" },
      nextPeriod: {
        startsOn: "2027-01-24",
        endsOn: "2028-01-24",
        nonFleetGrade: 13,
        premiumYen: 41_650,
        // Not renewed online (the agency did it), so no 受付番号.
        renewalReference: null,
      },
      eligibility: { renewable: false, reason: "ALREADY_RENEWED" },
    });
  });

  it("is empty for a policyholder without contracts", async () => {
    const em = db.orm.em.fork();
    const me = newPolicyholder(em);
    await em.flush();
    expect(
      await listContracts(
        testCustomerScope(db.orm.em.fork(), { policyholderId: me.id }, { today }),
      ),
    ).toEqual([]);
  });

  it(
    "sends the same number of SQL statements for 1 contract " +
      "as for 50 contracts with 4 periods each (no N+1)",
    async () => {
      const em = db.orm.em.fork();
      const few = newPolicyholder(em);
      const many = newPolicyholder(em);
      newContract(em, few, { endsOn: "2027-01-24", periods: 4 });
      for (let i = 0; i < 50; i++)
        newContract(em, many, { endsOn: addDays("2026-12-01", i * 7), periods: 4 });
      await em.flush();

      const one = await countStatements(few.id);
      const fifty = await countStatements(many.id);
      expect(one.rows).toBe(1);
      expect(fifty.rows).toBe(50);
      expect(one.count).toBe(3);
      expect(fifty.count).toBe(one.count);

      // The read model the contracts query uses: one statement, whatever the number.
      const oneRead = await countStatements(few.id, listContractsReadModel);
      const fiftyRead = await countStatements(many.id, listContractsReadModel);
      expect([oneRead.rows, fiftyRead.rows]).toEqual([1, 50]);
      expect([oneRead.count, fiftyRead.count]).toEqual([1, 1]);
    },
  );

  it("lists through the read model exactly what the ORM path lists, for the same data", async () => {
    const em = db.orm.em.fork();
    const me = newPolicyholder(em);
    newContract(em, me, { policyNumber: "2000000003", endsOn: "2026-11-20" });
    newContract(em, me, { policyNumber: "2000000001", endsOn: "2027-01-24", periods: 3 });
    newContract(em, me, {
      policyNumber: "2000000002",
      endsOn: "2027-06-30",
      product: "GROUP_PERSONAL_ACCIDENT",
    });
    const renewed = newContract(em, me, { policyNumber: "2000000004", endsOn: "2027-01-24" });
    em.create(ContractPeriod, {
      contract: renewed,
      startsOn: "2027-01-24",
      endsOn: "2028-01-24",
      nonFleetGrade: 13,
      premiumYen: 41_650,
    });
    for (let i = 0; i < 20; i++)
      newContract(em, me, {
        policyNumber: `21000000${String(i).padStart(2, "0")}`,
        endsOn: addDays(today, i * 9 - 30),
      });
    newContract(em, newPolicyholder(em), { policyNumber: "2000000005", endsOn: "2027-01-24" });
    await em.flush();

    for (const day of [today, "2027-01-24", "2027-01-25"]) {
      const scope = () =>
        testCustomerScope(db.orm.em.fork(), { policyholderId: me.id }, { today: day });
      const viaOrm = await listContracts(scope());
      expect(viaOrm).toHaveLength(24);
      expect(await listContractsReadModel(scope())).toEqual(viaOrm);
    }
  });
});
