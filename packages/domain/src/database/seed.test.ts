import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContractPeriod } from "../contracts/contract-period.entity.ts";
import { Contract } from "../contracts/contract.entity.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { seedDemoData } from "./seed.ts";
import { EmployerGroup } from "../agencies/employer-group.entity.ts";
import { StaffAccount } from "../staff/staff-account.entity.ts";

describe.each(testDatabaseKinds())("demo data on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it("loads people and contracts covering every renewal case, once", async () => {
    const today = "2026-11-25";
    expect(await seedDemoData(db.orm.em.fork(), today)).toBe(true);
    expect(await seedDemoData(db.orm.em.fork(), today)).toBe(false);

    const em = db.orm.em.fork();
    expect(await em.count(Policyholder)).toBe(3);
    const periods = await em.find(ContractPeriod, {}, { populate: ["contract"] });
    const endsOn = periods.map((p) => p.endsOn).sort();
    expect(endsOn.filter((d) => d > today && d <= "2027-01-24").length).toBeGreaterThanOrEqual(3);
    expect(endsOn.some((d) => d < today)).toBe(true);
    expect(endsOn.some((d) => d > "2027-06-01")).toBe(true);
    const yamada = await em.findOneOrFail(
      Contract,
      { policyNumber: "0123456789" },
      { populate: ["policyholder"] },
    );
    expect(yamada.policyholder.familyName).toBe("見本");

    const staff = await em.find(
      StaffAccount,
      {},
      { populate: ["agency"], orderBy: { userId: "asc" } },
    );
    expect(staff.map((s) => [s.userId, s.role, s.agency.code])).toEqual([
      ["demo-admin", "ADMIN", "SAKURA"],
      ["demo-agent", "AGENT", "SAKURA"],
    ]);
    expect(
      await em.count(EmployerGroup, {
        name: yamada.policyholder.groupName,
        agency: staff[0]!.agency,
      }),
    ).toBe(1);
  });
});
