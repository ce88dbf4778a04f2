import { Account, AuditEvent, STAFF_MESSAGES } from "@cws/domain";
import { newAgency, newStaffMember, testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerCustomer } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";
import { demoAdmin, demoAgent, gql, staffToken } from "./staff-graphql.ts";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const GROUP = "みらい商事株式会社";

// GraphQL answers are read loosely in these tests (the typed documents are the CLI's).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const LOOKUP = `query ($by: CustomerLookupKey!, $value: String!) {
  customerLookup(by: $by, value: $value) {
    policyholderId employeeNumber name account { accountId userId locked } mails { id status }
  }
}`;
const START = `mutation ($kind: ImportKind!) {
  startImport(kind: $kind) { __typename ... on ImportStarted { importId } ... on Problem { code } }
}`;
const ADD = `mutation ($id: ID!, $rows: [ImportRowInput!]!) {
  addImportRows(importId: $id, rows: $rows) {
    __typename
    ... on ImportRowsStaged { staged problems { rowNumber column header { ja en } value code message { ja en } } }
    ... on Problem { code }
  }
}`;
const COMMIT = `mutation ($id: ID!, $dryRun: Boolean) {
  commitImport(importId: $id, dryRun: $dryRun) {
    __typename
    ... on ImportCommitted { dryRun inserted updated unchanged identityChangesNotApplied { rowNumber } }
    ... on Problem { code message { ja en } }
  }
}`;
const ABANDON = `mutation ($id: ID!) {
  abandonImport(importId: $id) { __typename ... on ImportAbandoned { importId } ... on Problem { code } }
}`;
const PROBLEMS = `query ($id: ID!, $afterRow: Int, $limit: Int) {
  importProblems(importId: $id, afterRow: $afterRow, limit: $limit) { problems { rowNumber column code } nextAfterRow }
}`;
const CREATE = `mutation ($input: CreateStaffInput!) {
  createStaff(input: $input) {
    __typename
    ... on StaffCreated { staff { id userId role agencyCode } totpSecret otpauthUri }
    ... on Problem { code }
    ... on ValidationFailed { fieldErrors { field code } }
  }
}`;
const DISABLE = `mutation ($userId: String!) {
  disableStaff(userId: $userId) { __typename ... on StaffDisabled { userId } ... on Problem { code message { ja en } } }
}`;

const cells = (values: Record<string, string>) =>
  Object.entries(values).map(([field, value]) => ({ field, value }));

const person = (employeeNumber: string, overrides: Record<string, string> = {}) =>
  cells({
    groupName: GROUP,
    employeeNumber,
    familyName: "取込",
    givenName: "一郎",
    familyNameKana: "トリコミ",
    givenNameKana: "イチロウ",
    birthDate: "1980-04-01",
    emailOnFile: `${employeeNumber}@example.com`,
    ...overrides,
  });

describe.each(testDatabaseKinds())("staff operations over HTTP on %s", (kind) => {
  let server: TestServer;
  let admin: string;
  let agent: string;
  /** An agent of another agency, whose groups are not the demo group. */
  let outsider: string;
  let outsiderStaffId: string;
  let taroAccountId: string;
  const as =
    (token: string) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      gql<Loose>(server, query, variables, { token });

  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
    await registerCustomer(server, "taro", "taro@example.com", "Mirai-2026x");
    const account = await server.db.orm.em.fork().findOneOrFail(Account, {
      userIdKey: "taro@example.com",
    });
    taroAccountId = account.id;
    const otherAgency = await newAgency(server.db.orm, ["よその工業株式会社"]);
    const other = await newStaffMember(server.db.orm, otherAgency);
    outsiderStaffId = other.staff.id;
    admin = await staffToken(server, demoAdmin);
    agent = await staffToken(server, demoAgent);
    outsider = await staffToken(server, {
      userId: other.staff.userId,
      password: other.password,
      totpSecret: other.totpSecret,
    });
  });
  afterAll(() => server?.close());

  it("finds customers for their own agency's staff only; another agency's answer is empty", async () => {
    const byNumber = { by: "EMPLOYEE_NUMBER", value: "123456789" };
    const found = (await as(agent)(LOOKUP, byNumber)).data.customerLookup;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      employeeNumber: "123456789",
      account: { accountId: taroAccountId, userId: "taro@example.com", locked: false },
    });
    expect((await as(admin)(LOOKUP, byNumber)).data.customerLookup).toHaveLength(1);
    expect((await as(outsider)(LOOKUP, byNumber)).data.customerLookup).toEqual([]);
    const byPolicy = { by: "POLICY_NUMBER", value: "0123456789" };
    expect((await as(outsider)(LOOKUP, byPolicy)).data.customerLookup).toEqual([]);
  });

  it("issues temporary passwords and unlocks for their agency; another agency's is RecordNotFound", async () => {
    const issue = `mutation ($id: ID!) { issueTemporaryPassword(accountId: $id) {
      __typename ... on TemporaryPasswordIssued { temporaryPassword expiresAt }
      ... on Problem { code message { ja en } } } }`;
    const unlock = `mutation ($id: ID!) { unlockAccount(accountId: $id) {
      __typename ... on AccountUnlocked { accountId } ... on Problem { code message { ja en } } } }`;
    const issued = (await as(agent)(issue, { id: taroAccountId })).data.issueTemporaryPassword;
    expect(issued.__typename).toBe("TemporaryPasswordIssued");
    expect(issued.temporaryPassword.length).toBeGreaterThanOrEqual(12);
    const notFound = {
      __typename: "RecordNotFound",
      code: "RECORD_NOT_FOUND",
      message: STAFF_MESSAGES.RECORD_NOT_FOUND,
    };
    expect((await as(outsider)(issue, { id: taroAccountId })).data.issueTemporaryPassword).toEqual(
      notFound,
    );
    // Another agency's account answers exactly like an account that does not exist.
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await as(agent)(issue, { id: unknown })).data.issueTemporaryPassword).toEqual(notFound);
    expect((await as(agent)(unlock, { id: taroAccountId })).data.unlockAccount).toEqual({
      __typename: "AccountUnlocked",
      accountId: taroAccountId,
    });
    expect((await as(outsider)(unlock, { id: taroAccountId })).data.unlockAccount).toEqual(
      notFound,
    );
    const resend = `mutation ($id: ID!) { resendMail(messageId: $id) { __typename ... on Problem { code } } }`;
    expect((await as(agent)(resend, { id: unknown })).data.resendMail).toEqual({
      __typename: "RecordNotFound",
      code: "RECORD_NOT_FOUND",
    });
  });

  it("lists renewals due for the agent's groups only", async () => {
    const query = `{ renewalsDue(withinDays: 366, limit: 100) {
      items { policyNumber registered windowOpen policyholder { groupName employeeNumber } } nextCursor } }`;
    const mine = (await as(agent)(query)).data.renewalsDue;
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i: Loose) => i.policyholder.groupName === GROUP)).toBe(true);
    expect(mine.items.find((i: Loose) => i.policyNumber === "0123456789")?.registered).toBe(true);
    expect((await as(outsider)(query)).data.renewalsDue).toEqual({ items: [], nextCursor: null });
  });

  it("runs a staged import: one at a time, nothing loaded while a row is wrong, abandoned is final", async () => {
    const started = (await as(agent)(START, { kind: "POLICYHOLDERS" })).data.startImport;
    expect(started.__typename).toBe("ImportStarted");
    const id = started.importId;
    expect((await as(admin)(START, { kind: "POLICYHOLDERS" })).data.startImport).toEqual({
      __typename: "ImportProblem",
      code: "IMPORT_ALREADY_RUNNING",
    });
    const added = (
      await as(agent)(ADD, {
        id,
        rows: [
          { rowNumber: 2, values: person("880001") },
          { rowNumber: 3, values: person("880002", { birthDate: "1980-02-30" }) },
        ],
      })
    ).data.addImportRows;
    expect(added.__typename).toBe("ImportRowsStaged");
    expect(added.staged).toBe(1);
    expect(added.problems).toEqual([
      expect.objectContaining({
        rowNumber: 3,
        column: "birthDate",
        header: { ja: "生年月日", en: "birth_date" },
        value: "1980-02-30",
      }),
    ]);
    expect((await as(agent)(PROBLEMS, { id })).data.importProblems).toEqual({
      problems: [{ rowNumber: 3, column: "birthDate", code: added.problems[0].code }],
      nextAfterRow: null,
    });
    // Another agency's staff: the import is unknown to them.
    expect((await as(outsider)(PROBLEMS, { id })).data.importProblems).toEqual({
      problems: [],
      nextAfterRow: null,
    });
    expect((await as(outsider)(COMMIT, { id })).data.commitImport).toMatchObject({
      code: "IMPORT_NOT_FOUND",
    });
    const refused = (await as(agent)(COMMIT, { id })).data.commitImport;
    expect(refused).toMatchObject({ __typename: "ImportProblem", code: "IMPORT_HAS_ERRORS" });
    expect(refused.message.ja).toContain("1件");
    expect(
      (await as(agent)(LOOKUP, { by: "EMPLOYEE_NUMBER", value: "880001" })).data.customerLookup,
    ).toEqual([]);
    expect((await as(agent)(ABANDON, { id })).data.abandonImport).toEqual({
      __typename: "ImportAbandoned",
      importId: id,
    });
    expect((await as(agent)(COMMIT, { id })).data.commitImport).toMatchObject({
      __typename: "ImportProblem",
      code: "IMPORT_NOT_STAGING",
    });
    expect((await as(agent)(ABANDON, { id })).data.abandonImport).toMatchObject({
      code: "IMPORT_NOT_STAGING",
    });

    // Fixed: a new import loads, a dry run first, and the same file twice changes nothing.
    for (const expected of [
      { inserted: 2, unchanged: 0 },
      { inserted: 0, unchanged: 2 },
    ]) {
      const next = (await as(agent)(START, { kind: "POLICYHOLDERS" })).data.startImport.importId;
      const rows = [
        { rowNumber: 2, values: person("880001") },
        { rowNumber: 3, values: person("880002", { birthDate: "1980-02-28" }) },
      ];
      expect((await as(agent)(ADD, { id: next, rows })).data.addImportRows).toMatchObject({
        staged: 2,
        problems: [],
      });
      expect((await as(agent)(COMMIT, { id: next, dryRun: true })).data.commitImport).toMatchObject(
        {
          dryRun: true,
          ...expected,
        },
      );
      expect((await as(agent)(COMMIT, { id: next })).data.commitImport).toMatchObject({
        __typename: "ImportCommitted",
        dryRun: false,
        updated: 0,
        identityChangesNotApplied: [],
        ...expected,
      });
    }
    const loaded = (await as(agent)(LOOKUP, { by: "EMPLOYEE_NUMBER", value: "880002" })).data
      .customerLookup;
    expect(loaded).toHaveLength(1);
    expect(
      (await as(outsider)(LOOKUP, { by: "EMPLOYEE_NUMBER", value: "880002" })).data.customerLookup,
    ).toEqual([]);
  });

  it("lets only an admin create and disable staff", async () => {
    const input = {
      userId: `agent-${kind}`,
      name: "新人 三郎",
      role: "AGENT",
      agencyCode: "SAKURA",
      password: "Brand-New-Agent-2026",
    };
    const byAgent = await as(agent)(CREATE, { input });
    expect(byAgent.status).toBe(403);
    expect(byAgent.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect((await as(agent)(DISABLE, { userId: "demo-admin" })).errors?.[0]?.extensions.code).toBe(
      "FORBIDDEN",
    );
    const short = (await as(admin)(CREATE, { input: { ...input, password: "Short-1x" } })).data
      .createStaff;
    expect(short.__typename).toBe("ValidationFailed");
    expect(short.fieldErrors.map((e: Loose) => e.field)).toContain("password");
    expect(
      (await as(admin)(CREATE, { input: { ...input, agencyCode: "NOWHERE" } })).data.createStaff,
    ).toEqual({ __typename: "AgencyNotFound", code: "AGENCY_NOT_FOUND" });
    const created = (await as(admin)(CREATE, { input })).data.createStaff;
    expect(created).toMatchObject({
      __typename: "StaffCreated",
      staff: { userId: input.userId, role: "AGENT", agencyCode: "SAKURA" },
    });
    expect(created.otpauthUri).toContain(`secret=${created.totpSecret}`);
    expect((await as(admin)(CREATE, { input })).data.createStaff).toEqual({
      __typename: "StaffUserIdTaken",
      code: "STAFF_USER_ID_TAKEN",
    });
    // The new agent logs in with the enrolment just shown.
    const newcomer = await staffToken(server, {
      userId: input.userId,
      password: input.password,
      totpSecret: created.totpSecret,
    });
    const members = (await as(admin)("{ staffMembers { userId role agencyCode } }")).data
      .staffMembers;
    expect(members.map((m: Loose) => m.userId)).toEqual(
      expect.arrayContaining(["demo-admin", "demo-agent", input.userId]),
    );

    expect((await as(admin)(DISABLE, { userId: "no-such-staff" })).data.disableStaff).toMatchObject(
      {
        __typename: "RecordNotFound",
        code: "RECORD_NOT_FOUND",
      },
    );
    expect((await as(admin)(DISABLE, { userId: "demo-admin" })).data.disableStaff).toMatchObject({
      __typename: "StaffForbidden",
      code: "STAFF_FORBIDDEN",
    });
    expect(
      (await as(admin)(DISABLE, { userId: input.userId.toUpperCase() })).data.disableStaff,
    ).toEqual({
      __typename: "StaffDisabled",
      userId: input.userId,
    });
    const after = await as(newcomer)("{ staffMe { userId } }");
    expect(after.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("writes an audit row naming the staff member for every staff mutation, and shows it in auditTrail", async () => {
    const events = await server.db.orm.em.fork().find(AuditEvent, { staffId: { $ne: null } });
    const agentId = await staffIdOf("demo-agent");
    const adminId = await staffIdOf("demo-admin");
    const typesBy = (staffId: string) =>
      new Set(events.filter((e) => e.staffId === staffId).map((e) => e.type));
    expect([...typesBy(agentId)]).toEqual(
      expect.arrayContaining([
        "STAFF_LOGIN_SUCCEEDED",
        "TEMPORARY_PASSWORD_ISSUED",
        "ACCOUNT_UNLOCKED",
        "IMPORT_STARTED",
        "IMPORT_ABANDONED",
        "RECORDS_IMPORTED",
      ]),
    );
    expect([...typesBy(adminId)]).toEqual(
      expect.arrayContaining(["STAFF_LOGIN_SUCCEEDED", "STAFF_CREATED", "STAFF_DISABLED"]),
    );
    const trail = `query ($staffUserId: String, $type: String, $after: String) {
      auditTrail(staffUserId: $staffUserId, type: $type, after: $after, limit: 2) {
        items { id type staffId staffUserId detail } nextCursor } }`;
    const first = (await as(admin)(trail, { staffUserId: "demo-agent", type: "IMPORT_STARTED" }))
      .data.auditTrail;
    expect(first.items).toHaveLength(2);
    expect(
      first.items.every((i: Loose) => i.staffUserId === "demo-agent" && i.staffId === agentId),
    ).toBe(true);
    expect(first.items[0].detail).toMatchObject({ kind: "POLICYHOLDERS" });
    const second = (
      await as(admin)(trail, {
        staffUserId: "demo-agent",
        type: "IMPORT_STARTED",
        after: first.nextCursor,
      })
    ).data.auditTrail;
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    // An unknown staff user ID matches nothing rather than everything.
    expect((await as(admin)(trail, { staffUserId: "nobody" })).data.auditTrail.items).toEqual([]);
    // The other agency's agent sees none of this agency's staff actions.
    expect(
      (await as(outsider)(trail, { staffUserId: "demo-agent" })).data.auditTrail.items,
    ).toEqual([]);
    await as(outsider)("mutation { staffLogout { ok } }");
    const logouts = await server.db.orm.em
      .fork()
      .find(AuditEvent, { type: "STAFF_LOGOUT", staffId: outsiderStaffId });
    expect(logouts).toHaveLength(1);
  });

  async function staffIdOf(userId: string): Promise<string> {
    const members = (await as(admin)("{ staffMembers { id userId } }")).data.staffMembers;
    return members.find((m: Loose) => m.userId === userId).id;
  }
});
