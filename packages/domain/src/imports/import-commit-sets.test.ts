import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Account } from "../accounts/account.entity.ts";
import { Contract } from "../contracts/contract.entity.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import type { StaffScope } from "../staff/staff-scope.ts";
import { newAgency, newStaffMember } from "../testing/staff-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { commitImport } from "./import-commit.ts";
import type { ImportRowInput } from "./import-csv-reader.ts";
import { abandonImport, addImportRows, startImport } from "./import-staging.ts";

// The set-based staging and commit (one multi-row INSERT per batch, one statement per
// commit): counts, reports and retries that a per-row implementation got for free.
vi.setConfig({ testTimeout: 120_000 });

type Values = Record<string, string>;
const person = (group: string, employeeNumber: string, over: Values = {}): Values => ({
  groupName: group,
  employeeNumber,
  familyName: "見本",
  givenName: "花子",
  familyNameKana: "ミホン",
  givenNameKana: "ハナコ",
  birthDate: "1980-04-01",
  emailOnFile: `${employeeNumber}@example.com`,
  ...over,
});
const numbered = (list: Values[], from = 2): ImportRowInput[] =>
  list.map((values, i) => ({ rowNumber: from + i, values }));
const inBatches = (list: ImportRowInput[], size: number): ImportRowInput[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );

describe.each(testDatabaseKinds())("set-based import commit on %s", (kind) => {
  let db: TestDatabase;
  let group: string;
  let agent: (now?: Date) => StaffScope;
  let admin: (now?: Date) => StaffScope;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    group = `団体-${randomBytes(3).toString("hex")}`;
    const agency = await newAgency(db.orm, [group]);
    agent = (await newStaffMember(db.orm, agency)).scope;
    admin = (await newStaffMember(db.orm, await newAgency(db.orm, []), "ADMIN")).scope;
  });
  afterAll(() => db?.close());

  async function load(
    scope: StaffScope,
    batches: ImportRowInput[][],
    dryRun = false,
    kind: "POLICYHOLDERS" | "CONTRACTS" = "POLICYHOLDERS",
  ) {
    const started = await startImport(scope, { kind });
    if (!started.ok) throw new Error(started.code);
    const problems = [];
    for (const rows of batches) {
      const added = await addImportRows(scope, { importId: started.importId, rows });
      if (!added.ok) throw new Error(added.code);
      problems.push(...added.problems);
    }
    const committed = await commitImport(scope, { importId: started.importId, dryRun });
    return { importId: started.importId, problems, committed };
  }

  async function register(employeeNumber: string) {
    const em = db.orm.em.fork();
    const policyholder = await em.findOneOrFail(Policyholder, { groupName: group, employeeNumber });
    const now = new Date();
    const userId = `reg${employeeNumber}@example.com`;
    em.create(Account, {
      policyholder,
      userId,
      userIdKey: userId,
      email: userId,
      passwordHash: "x",
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
  }

  const stored = (employeeNumber: string) =>
    db.orm.em.fork().findOneOrFail(Policyholder, { groupName: group, employeeNumber });

  it("counts inserted, updated and unchanged rows across batches, applies what it may, reports the rest", async () => {
    const base = Array.from({ length: 1200 }, (_, i) => person(group, String(10000 + i)));
    const first = await load(agent(), inBatches(numbered(base), 500));
    expect(first.committed).toEqual({
      ok: true,
      dryRun: false,
      inserted: 1200,
      updated: 0,
      unchanged: 0,
      identityChangesNotApplied: [],
    });
    await register("10001");
    await register("10002");

    const next = base.map((row) => ({ ...row }));
    next[0] = person(group, "10000", { givenName: "春子" }); // not registered: applied
    next[1] = person(group, "10001", {
      familyNameKana: "ミホンノ",
      emailOnFile: "new@example.com",
    });
    next[2] = person(group, "10002", { birthDate: "1981-04-01" }); // registered, only identity
    next[700] = person(group, "10700", { emailOnFile: "" }); // e-mail removed
    next.push(person(group, "20000"), person(group, "20001")); // new
    const second = await load(agent(), inBatches(numbered(next), 500));
    expect(second.committed).toEqual({
      ok: true,
      dryRun: false,
      inserted: 2,
      // 10000 (name), 10001 (e-mail only: kana reported), 10700 (e-mail); 10002 changes nothing.
      updated: 3,
      unchanged: 1197,
      identityChangesNotApplied: [
        { rowNumber: 3, groupName: group, employeeNumber: "10001", fields: ["kana"] },
        { rowNumber: 4, groupName: group, employeeNumber: "10002", fields: ["birthDate"] },
      ],
    });
    expect(await stored("10000")).toMatchObject({ givenName: "春子" });
    expect(await stored("10001")).toMatchObject({
      familyNameKana: "ミホン",
      emailOnFile: "new@example.com",
    });
    expect(await stored("10002")).toMatchObject({ birthDate: "1980-04-01" });
    expect(await stored("10700")).toMatchObject({ emailOnFile: null });
    expect(await stored("20001")).toMatchObject({ familyName: "見本", givenNameKana: "ハナコ" });

    // The same file again changes nothing, and still names what it would change.
    const third = await load(agent(), inBatches(numbered(next), 500));
    expect(third.committed).toMatchObject({
      ok: true,
      inserted: 0,
      updated: 0,
      unchanged: 1202,
      identityChangesNotApplied: [{ employeeNumber: "10001" }, { employeeNumber: "10002" }],
    });
  });

  it("gives a dry run the counts the real commit then has, and writes nothing", async () => {
    const rows = numbered([
      person(group, "10000", { givenName: "夏子" }),
      person(group, "30000"),
      person(group, "10003"),
    ]);
    const before = await db.orm.em.fork().count(Policyholder, { groupName: group });
    const started = await startImport(agent(), { kind: "POLICYHOLDERS" });
    if (!started.ok) throw new Error(started.code);
    expect(await addImportRows(agent(), { importId: started.importId, rows })).toMatchObject({
      ok: true,
      staged: 3,
    });
    const dry = await commitImport(agent(), { importId: started.importId, dryRun: true });
    expect(dry).toMatchObject({ ok: true, dryRun: true, inserted: 1, updated: 1, unchanged: 1 });
    expect(await db.orm.em.fork().count(Policyholder, { groupName: group })).toBe(before);
    expect(await stored("10000")).toMatchObject({ givenName: "春子" });
    const real = await commitImport(agent(), { importId: started.importId });
    expect(real).toMatchObject({ ok: true, dryRun: false, inserted: 1, updated: 1, unchanged: 1 });
    expect(await stored("10000")).toMatchObject({ givenName: "夏子" });
  });

  it("answers a batch sent again afresh: its old problems go, its staged rows are no duplicates", async () => {
    const started = await startImport(agent(), { kind: "POLICYHOLDERS" });
    if (!started.ok) throw new Error(started.code);
    const bad = numbered([
      person(group, "40000"),
      person(group, "40001", { birthDate: "1980-02-30" }),
    ]);
    const firstTry = await addImportRows(agent(), { importId: started.importId, rows: bad });
    expect(firstTry).toMatchObject({ ok: true, staged: 1, problems: [{ rowNumber: 3 }] });
    expect(await commitImport(agent(), { importId: started.importId })).toMatchObject({
      ok: false,
      code: "IMPORT_HAS_ERRORS",
    });
    const fixed = numbered([person(group, "40000"), person(group, "40001")]);
    // Row 2 was staged the first time and counts as accepted again.
    expect(await addImportRows(agent(), { importId: started.importId, rows: fixed })).toEqual({
      ok: true,
      staged: 2,
      problems: [],
    });
    // A key of an earlier batch under another row number is still a duplicate.
    const repeated = await addImportRows(agent(), {
      importId: started.importId,
      rows: numbered([person(group, "40000")], 9),
    });
    expect(repeated).toMatchObject({
      ok: true,
      staged: 0,
      problems: [
        { rowNumber: 9, code: "DUPLICATE_KEY", message: { en: expect.stringContaining("row 2") } },
      ],
    });
    const again = await addImportRows(agent(), {
      importId: started.importId,
      rows: numbered([person(group, "40002")], 9),
    });
    expect(again).toMatchObject({ ok: true, staged: 1, problems: [] });
    expect(await commitImport(agent(), { importId: started.importId })).toMatchObject({
      ok: true,
      inserted: 3,
    });
  });

  it("lets an admin load any mapped group, and no one an unmapped one", async () => {
    const { problems, committed, importId } = await load(admin(), [
      numbered([person(group, "50000"), person("どこにもない団体", "50001")]),
    ]);
    expect(problems).toMatchObject([{ rowNumber: 3, column: "groupName", code: "GROUP_UNKNOWN" }]);
    expect(committed).toMatchObject({ ok: false, code: "IMPORT_HAS_ERRORS" });
    expect(await abandonImport(admin(), { importId })).toEqual({ ok: true });
    const fine = await load(admin(), [numbered([person(group, "50000")])]);
    expect(fine.committed).toMatchObject({ ok: true, inserted: 1 });
  });

  it("commits contracts in one statement: new contracts, changed and new periods, renewals kept, dry run", async () => {
    const contract = (employeeNumber: string, policyNumber: string, over: Values = {}): Values => ({
      policyNumber,
      groupName: group,
      employeeNumber,
      product: "GROUP_AUTO",
      description: "自家用普通乗用車",
      concludedOn: "2026-01-10",
      periodStartsOn: "2026-01-24",
      periodEndsOn: "2027-01-24",
      nonFleetGrade: "12",
      claimsThisPeriod: "0",
      basePremiumYen: "98000",
      groupDiscountPercent: "15",
      ...over,
    });
    const periods = async (policyNumber: string) => {
      const found = await db.orm.em
        .fork()
        .findOneOrFail(Contract, { policyNumber }, { populate: ["periods", "policyholder"] });
      return {
        holder: found.policyholder.employeeNumber,
        grade: found.nonFleetGrade,
        periods: found.periods
          .getItems()
          .map((p) => [p.startsOn, p.endsOn, p.nonFleetGrade])
          .sort(),
      };
    };
    const file = numbered([contract("10000", "8000000001"), contract("10003", "8000000002")]);
    const dry = await load(agent(), [file], true, "CONTRACTS");
    expect(dry.committed).toMatchObject({ ok: true, dryRun: true, inserted: 2 });
    expect(await db.orm.em.fork().count(Contract, { policyNumber: "8000000001" })).toBe(0);
    await abandonImport(agent(), { importId: dry.importId });
    expect((await load(agent(), [file], false, "CONTRACTS")).committed).toMatchObject({
      ok: true,
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });

    const next = numbered([
      // The next period of 8000000001 (a renewal): added, the first one kept.
      contract("10000", "8000000001", {
        periodStartsOn: "2027-01-24",
        periodEndsOn: "2028-01-24",
        nonFleetGrade: "13",
      }),
      // 8000000002 moves to another policyholder and its period is shortened.
      contract("10004", "8000000002", { periodEndsOn: "2026-12-24" }),
      contract("10005", "8000000003"),
    ]);
    expect((await load(agent(), [next], false, "CONTRACTS")).committed).toMatchObject({
      ok: true,
      inserted: 1,
      updated: 2,
      unchanged: 0,
    });
    expect(await periods("8000000001")).toEqual({
      holder: "10000",
      grade: 13,
      periods: [
        ["2026-01-24", "2027-01-24", 12],
        ["2027-01-24", "2028-01-24", 13],
      ],
    });
    expect(await periods("8000000002")).toEqual({
      holder: "10004",
      grade: 12,
      periods: [["2026-01-24", "2026-12-24", 12]],
    });
    expect(await periods("8000000003")).toMatchObject({
      periods: [["2026-01-24", "2027-01-24", 12]],
    });
    expect((await load(agent(), [next], false, "CONTRACTS")).committed).toMatchObject({
      ok: true,
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
  });
});
