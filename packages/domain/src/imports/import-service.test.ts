import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Account } from "../accounts/account.entity.ts";
import { AuditEvent } from "../audit/audit-event.entity.ts";
import { ContractPeriod } from "../contracts/contract-period.entity.ts";
import { Contract } from "../contracts/contract.entity.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import { newAgency, newStaffMember } from "../testing/staff-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import type { StaffScope } from "../staff/staff-scope.ts";
import { commitImport } from "./import-commit.ts";
import type { ImportRowInput } from "./import-csv-reader.ts";
import type { ImportKind } from "./import-run.entity.ts";
import { abandonImport, addImportRows, importProblems, startImport } from "./import-staging.ts";

type Values = Record<string, string>;
const person = (group: string, employeeNumber: string, over: Values = {}): Values => ({
  groupName: group,
  employeeNumber,
  familyName: "見本",
  givenName: "太郎",
  familyNameKana: "ミホン",
  givenNameKana: "タロウ",
  birthDate: "1975-01-01",
  emailOnFile: "taro@example.com",
  ...over,
});
const contract = (
  group: string,
  employeeNumber: string,
  policyNumber: string,
  over: Values = {},
): Values => ({
  policyNumber,
  groupName: group,
  employeeNumber,
  product: "GROUP_AUTO",
  description: "自家用普通乗用車 品川300あ12-34",
  concludedOn: "2026-01-10",
  periodStartsOn: "2026-01-24",
  periodEndsOn: "2027-01-24",
  nonFleetGrade: "12",
  claimsThisPeriod: "0",
  basePremiumYen: "98,000",
  groupDiscountPercent: "15",
  ...over,
});
const rows = (list: Values[], from = 2): ImportRowInput[] =>
  list.map((values, i) => ({ rowNumber: from + i, values }));

describe.each(testDatabaseKinds())("staged import on %s", (kind) => {
  let db: TestDatabase;
  let group: string;
  let agent: (now?: Date) => StaffScope;
  let otherAgent: (now?: Date) => StaffScope;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    group = `団体-${randomBytes(3).toString("hex")}`;
    agent = (await newStaffMember(db.orm, await newAgency(db.orm, [group]))).scope;
    otherAgent = (await newStaffMember(db.orm, await newAgency(db.orm, ["よその団体"]))).scope;
  });
  afterAll(() => db?.close());

  async function load(
    scope: StaffScope,
    importKind: ImportKind,
    batches: ImportRowInput[][],
    dryRun = false,
  ) {
    const started = await startImport(scope, { kind: importKind });
    if (!started.ok) throw new Error(started.code);
    const problems = [];
    for (const batch of batches) {
      const added = await addImportRows(scope, { importId: started.importId, rows: batch });
      if (!added.ok) throw new Error(added.code);
      problems.push(...added.problems);
    }
    const committed = await commitImport(scope, { importId: started.importId, dryRun });
    return { importId: started.importId, problems, committed };
  }
  const count = (
    entity: "policyholder" | "contract_period",
    where: { groupName?: string; employeeNumber?: string; contract?: string } = {},
  ) =>
    entity === "policyholder"
      ? db.orm.em.fork().count(Policyholder, where)
      : db.orm.em.fork().count(ContractPeriod, where);

  it("reports every bad cell and duplicate key with row, column, value and message, and loads nothing", async () => {
    const before = await count("policyholder");
    const { importId, problems, committed } = await load(agent(), "POLICYHOLDERS", [
      rows([
        person(group, "1001"),
        person(group, "1002", { birthDate: "1975-02-30", familyNameKana: "見本" }),
        person(group, "1001"),
      ]),
      rows(
        [
          person(group, "1003", { emailOnFile: "not-an-address" }),
          person(group, "1002"),
          person("よその団体", "1004"),
        ],
        5,
      ),
    ]);
    expect(committed).toMatchObject({
      ok: false,
      code: "IMPORT_HAS_ERRORS",
      message: { ja: expect.stringContaining("4件") },
    });
    expect(problems.map((p) => [p.rowNumber, p.column, p.code])).toEqual([
      [3, "familyNameKana", "KANA_NOT_KATAKANA"],
      [3, "birthDate", "BIRTH_DATE_INVALID"],
      [4, "employeeNumber", "DUPLICATE_KEY"],
      [5, "emailOnFile", "EMAIL_INVALID"],
      [7, "groupName", "GROUP_UNKNOWN"],
    ]);
    const duplicate = problems.find((p) => p.rowNumber === 4)!;
    expect(duplicate).toMatchObject({
      value: "1001",
      header: { ja: "社員番号" },
      message: { ja: "2行目と同じ社員番号です。", en: "Same employee_number as row 2." },
    });
    // Row 6 repeats row 3's key, but row 3 was refused, so row 6 is staged; the file still fails as a whole.
    const report = await importProblems(agent(), { importId });
    expect(report.ok && report.problems.length).toBe(5);
    expect(await count("policyholder")).toBe(before);
    expect(await abandonImport(agent(), { importId })).toEqual({ ok: true });
    // Every batch is an audit row naming the staff member, with what it staged and refused.
    const batches = await db.orm.em
      .fork()
      .find(AuditEvent, { type: "IMPORT_ROWS_STAGED" }, { orderBy: { id: "asc" } });
    const ofThisImport = batches.filter((e) => e.detail?.importId === importId);
    expect(ofThisImport.map((e) => e.detail)).toEqual([
      { importId, rows: 3, staged: 1, rowsWithProblems: 2 },
      { importId, rows: 3, staged: 1, rowsWithProblems: 2 },
    ]);
    expect(ofThisImport.every((e) => e.staffId === agent().staff.staffId)).toBe(true);
  });

  it(
    "upserts by group + 社員番号, normalising as identity matching " +
      "does, and a second load of the same file changes nothing",
    async () => {
      const file = [
        rows([
          person(group, "２００１", {
            familyNameKana: "みほん",
            givenNameKana: "ﾀﾛｳ",
            birthDate: "1975/1/1",
          }),
          person(group, "2002"),
        ]),
      ];
      const first = await load(agent(), "POLICYHOLDERS", file);
      expect(first.committed).toEqual({
        ok: true,
        dryRun: false,
        inserted: 2,
        updated: 0,
        unchanged: 0,
        identityChangesNotApplied: [],
      });
      const stored = await db.orm.em
        .fork()
        .findOneOrFail(Policyholder, { groupName: group, employeeNumber: "2001" });
      expect(stored).toMatchObject({
        familyNameKana: "ミホン",
        givenNameKana: "タロウ",
        birthDate: "1975-01-01",
      });

      const again = await load(agent(), "POLICYHOLDERS", file);
      expect(again.committed).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: 2 });

      const changed = await load(agent(), "POLICYHOLDERS", [
        rows([
          person(group, "2001", { givenName: "大郎", emailOnFile: "" }),
          person(group, "2002"),
        ]),
      ]);
      expect(changed.committed).toMatchObject({ ok: true, inserted: 0, updated: 1, unchanged: 1 });
      expect(await db.orm.em.fork().findOneOrFail(Policyholder, { id: stored.id })).toMatchObject({
        givenName: "大郎",
        emailOnFile: null,
      });
    },
  );

  it("reports, and does not apply, a changed name or birth date of a registered customer", async () => {
    await load(agent(), "POLICYHOLDERS", [rows([person(group, "3001")])]);
    const em = db.orm.em.fork();
    const policyholder = await em.findOneOrFail(Policyholder, {
      groupName: group,
      employeeNumber: "3001",
    });
    const now = new Date();
    em.create(Account, {
      policyholder,
      userId: "reg3001@example.com",
      userIdKey: "reg3001@example.com",
      email: "reg3001@example.com",
      passwordHash: "x",
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();

    const { committed } = await load(agent(), "POLICYHOLDERS", [
      rows(
        [
          person(group, "3001", {
            birthDate: "1976-01-01",
            familyName: "新姓",
            emailOnFile: "new@example.com",
          }),
        ],
        10,
      ),
    ]);
    expect(committed).toMatchObject({
      ok: true,
      inserted: 0,
      updated: 1,
      identityChangesNotApplied: [
        { rowNumber: 10, groupName: group, employeeNumber: "3001", fields: ["name", "birthDate"] },
      ],
    });
    expect(
      await db.orm.em.fork().findOneOrFail(Policyholder, { id: policyholder.id }),
    ).toMatchObject({
      familyName: "見本",
      birthDate: "1975-01-01",
      emailOnFile: "new@example.com",
    });
  });

  it(
    "loads contracts with their current period, upserting by " +
      "契約番号, idempotently; unknown policyholders are row errors",
    async () => {
      await load(agent(), "POLICYHOLDERS", [rows([person(group, "4001")])]);
      const bad = await load(agent(), "CONTRACTS", [
        rows([
          contract(group, "4001", "9000000001"),
          contract(group, "4999", "9000000002"),
          contract(group, "4001", "123", { nonFleetGrade: "21", periodEndsOn: "2026-01-01" }),
        ]),
      ]);
      expect(bad.problems.map((p) => [p.rowNumber, p.column, p.code])).toEqual([
        [4, "policyNumber", "POLICY_NUMBER_INVALID"],
        [4, "nonFleetGrade", "NUMBER_OUT_OF_RANGE"],
        [4, "periodEndsOn", "PERIOD_INVALID"],
        [3, "employeeNumber", "POLICYHOLDER_UNKNOWN"],
      ]);
      await abandonImport(agent(), { importId: bad.importId });

      const file = [
        rows([
          contract(group, "4001", "9000000001"),
          contract(group, "4001", "9000000003", { product: "団体傷害" }),
        ]),
      ];
      expect((await load(agent(), "CONTRACTS", file)).committed).toMatchObject({
        ok: true,
        inserted: 2,
        updated: 0,
        unchanged: 0,
      });
      const em = db.orm.em.fork();
      const loaded = await em.findOneOrFail(
        Contract,
        { policyNumber: "9000000001" },
        { populate: ["periods"] },
      );
      expect(loaded).toMatchObject({
        nonFleetGrade: 12,
        basePremiumYen: 98_000,
        groupDiscountPercent: 15,
      });
      expect(loaded.periods.getItems().map((p) => [p.startsOn, p.endsOn, p.premiumYen])).toEqual([
        ["2026-01-24", "2027-01-24", 42_483],
      ]);
      expect((await load(agent(), "CONTRACTS", file)).committed).toMatchObject({
        ok: true,
        inserted: 0,
        updated: 0,
        unchanged: 2,
      });

      const claim = [
        rows([
          contract(group, "4001", "9000000001", { claimsThisPeriod: "1" }),
          contract(group, "4001", "9000000003", { product: "団体傷害" }),
        ]),
      ];
      expect((await load(agent(), "CONTRACTS", claim)).committed).toMatchObject({
        ok: true,
        inserted: 0,
        updated: 1,
        unchanged: 1,
      });
      expect(await count("contract_period", { contract: loaded.id })).toBe(1);
    },
  );

  it("lets one import of a kind stage at a time, and refuses to commit an abandoned or committed one", async () => {
    const racers = await Promise.all([
      startImport(agent(), { kind: "POLICYHOLDERS" }),
      startImport(agent(), { kind: "POLICYHOLDERS" }),
    ]);
    expect(racers.filter((r) => r.ok)).toHaveLength(1);
    expect(racers.find((r) => !r.ok)).toMatchObject({
      ok: false,
      code: "IMPORT_ALREADY_RUNNING",
      message: { ja: expect.any(String), en: expect.any(String) },
    });
    const winner = racers.find((r) => r.ok)!;
    if (!winner.ok) return;
    expect((await startImport(agent(), { kind: "CONTRACTS" })).ok).toBe(true);
    await abandonImport(agent(), { importId: winner.importId });
    expect(await commitImport(agent(), { importId: winner.importId })).toMatchObject({
      ok: false,
      code: "IMPORT_NOT_STAGING",
    });
    expect(await addImportRows(agent(), { importId: winner.importId, rows: [] })).toMatchObject({
      ok: false,
      code: "IMPORT_NOT_STAGING",
    });

    const contracts = await startImport(agent(), { kind: "CONTRACTS" });
    expect(contracts).toMatchObject({ ok: false, code: "IMPORT_ALREADY_RUNNING" });
  });

  it(
    "answers another agency's import like an unknown one, " +
      "and commits one import exactly once under racing commits",
    async () => {
      // The CONTRACTS run left staging by the previous test is abandoned by its owner first.
      const open = await db.orm.em
        .fork()
        .execute<{ id: string }[]>(`select "id" from "import_run" where "status" = 'STAGING'`);
      for (const run of open) await abandonImport(agent(), { importId: run.id });

      const started = await startImport(agent(), { kind: "POLICYHOLDERS" });
      if (!started.ok) throw new Error(started.code);
      expect(
        await addImportRows(otherAgent(), {
          importId: started.importId,
          rows: rows([person("よその団体", "1")]),
        }),
      ).toMatchObject({ ok: false, code: "IMPORT_NOT_FOUND" });
      expect(await commitImport(otherAgent(), { importId: started.importId })).toMatchObject({
        ok: false,
        code: "IMPORT_NOT_FOUND",
      });
      expect(await commitImport(otherAgent(), { importId: "not-a-uuid" })).toMatchObject({
        ok: false,
        code: "IMPORT_NOT_FOUND",
      });
      await addImportRows(agent(), {
        importId: started.importId,
        rows: rows([person(group, "5001")]),
      });
      const dry = await commitImport(agent(), { importId: started.importId, dryRun: true });
      expect(dry).toMatchObject({ ok: true, dryRun: true, inserted: 1 });
      expect(await count("policyholder", { groupName: group, employeeNumber: "5001" })).toBe(0);
      // The dry run left nothing but its audit row.
      const dryAudit = await db.orm.em.fork().findOneOrFail(AuditEvent, {
        type: "IMPORT_DRY_RUN",
        detail: { importId: started.importId },
      });
      expect(dryAudit).toMatchObject({
        staffId: agent().staff.staffId,
        detail: { inserted: 1, updated: 0, unchanged: 0 },
      });

      const commits = await Promise.all([
        commitImport(agent(), { importId: started.importId }),
        commitImport(agent(), { importId: started.importId }),
      ]);
      expect(commits.filter((c) => c.ok)).toEqual([expect.objectContaining({ inserted: 1 })]);
      expect(commits.find((c) => !c.ok)).toMatchObject({ code: "IMPORT_NOT_STAGING" });
      expect(await count("policyholder", { groupName: group, employeeNumber: "5001" })).toBe(1);
      const audit = await db.orm.em.fork().findOneOrFail(AuditEvent, {
        type: "RECORDS_IMPORTED",
        detail: { importId: started.importId },
      });
      expect(audit.staffId).toBe(agent().staff.staffId);
    },
  );
});
