import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Account, userIdKeyOf } from "../accounts/account.entity.ts";
import { AuditEvent } from "../audit/audit-event.entity.ts";
import type { Orm } from "../database/orm.ts";
import { verifyKeyword } from "../links/link-service.ts";
import { OutboxMessage } from "../mail/outbox-message.entity.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { newPolicyholder } from "../testing/contract-fixtures.ts";
import { staffRequestScope } from "../testing/staff-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { requestCredentialReset } from "./credential-reset-service.ts";
import { processResetRequests } from "./reset-worker.ts";

vi.setConfig({ testTimeout: 120_000 });

const now = new Date("2026-12-01T03:00:00Z");
const clock = { now: () => now };
const BIRTH_DATE = "1975-01-01";
let serial = 0;

async function newAccount(orm: Orm) {
  const em = orm.em.fork();
  const policyholder = newPolicyholder(em);
  serial += 1;
  const email = `worker.${policyholder.employeeNumber}.${serial}@example.com`;
  const account = em.create(Account, {
    policyholder,
    userId: email,
    userIdKey: userIdKeyOf(email),
    email,
    passwordHash: await hashPassword("Mirai-2026x"),
    passwordChangedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await em.flush();
  return account;
}

const scopeOf = (orm: Orm): RequestScope => staffRequestScope(orm, now);
const config = (orm: Orm) => scopeOf(orm).config;
const run = (orm: Orm, options?: Parameters<typeof processResetRequests>[3]) =>
  processResetRequests(orm, config(orm), clock, options);

async function ask(orm: Orm, email: string) {
  const asked = await requestCredentialReset(scopeOf(orm), { email, birthDate: BIRTH_DATE });
  if (!asked.ok) throw new Error("the reset was refused");
  return asked;
}

const TABLES = ["reset_request", "verification_link", "mail_outbox", "audit_event", "account"];

/** Rows per table: what a path wrote is the difference of two of these. */
async function rowCounts(orm: Orm): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await orm.em.fork().execute(`select count(*)::int as "n" from "${table}"`);
    counts[table] = Number(row!.n);
  }
  return counts;
}

const written = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(TABLES.map((t) => [t, after[t]! - before[t]!]));

const resetMailsTo = (orm: Orm, to: string) =>
  orm.em.fork().find(OutboxMessage, { toAddress: to, kind: "credential-reset" });

/** The columns of the newest waiting request that hold a value, by name. */
async function filledColumns(orm: Orm): Promise<string[]> {
  const [row] = await orm.em
    .fork()
    .execute(`select * from "reset_request" order by "requested_at" desc, "id" desc limit 1`);
  return Object.entries(row as Record<string, unknown>)
    .filter(([, value]) => value !== null)
    .map(([name]) => name)
    .sort();
}

describe.each(testDatabaseKinds())("reset requests and the reset worker on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it("the answer writes the same single row for a known and an unknown address", async () => {
    const account = await newAccount(db.orm);
    await run(db.orm);

    const beforeKnown = await rowCounts(db.orm);
    await ask(db.orm, account.email);
    const known = written(beforeKnown, await rowCounts(db.orm));
    const knownColumns = await filledColumns(db.orm);

    const beforeUnknown = await rowCounts(db.orm);
    await ask(db.orm, `nobody.${serial}@example.com`);
    const unknown = written(beforeUnknown, await rowCounts(db.orm));
    const unknownColumns = await filledColumns(db.orm);

    const one = {
      reset_request: 1,
      verification_link: 0,
      mail_outbox: 0,
      audit_event: 0,
      account: 0,
    };
    expect(known).toEqual(one);
    expect(unknown).toEqual(one);
    expect(unknownColumns).toEqual(knownColumns);
    // The keyword is never stored in the clear.
    const [stored] = await db.orm.em.fork().execute(`select * from "reset_request"`);
    expect(Object.values(stored as object)).not.toContain(expect.stringMatching(/^\d{10}$/));
    await run(db.orm);
  });

  it("the worker writes exactly one mail for a match, whose link takes the keyword shown", async () => {
    const account = await newAccount(db.orm);
    const asked = await ask(db.orm, account.email.toUpperCase());
    const stranger = `stranger.${serial}@example.com`;
    await ask(db.orm, stranger);
    expect(await resetMailsTo(db.orm, account.email)).toHaveLength(0);

    expect(await run(db.orm)).toEqual({ handled: 2, matched: 1 });
    expect(await run(db.orm)).toEqual({ handled: 0, matched: 0 });
    const mails = await resetMailsTo(db.orm, account.email);
    expect(mails).toHaveLength(1);
    expect(await resetMailsTo(db.orm, stranger)).toHaveLength(0);
    expect((await rowCounts(db.orm)).reset_request).toBe(0);

    // Audit rows for both, written by the worker, dated at the request.
    const audits = await db.orm.em
      .fork()
      .find(
        AuditEvent,
        { type: "CREDENTIAL_RESET_REQUESTED", at: now },
        { orderBy: { id: "asc" } },
      );
    const mine = audits.filter((a) => a.accountId === account.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.detail).toEqual({ matched: true });

    const token = /https?:\/\/\S+#(\S+)/.exec(mails[0]!.textBody)![1]!;
    const wrong = await verifyKeyword(scopeOf(db.orm), { token, keyword: "0000000000" });
    expect(wrong.ok).toBe(false);
    const right = await verifyKeyword(scopeOf(db.orm), { token, keyword: asked.keyword });
    expect(right.ok).toBe(true);
  });

  it("concurrent workers handle each request once", async () => {
    const accounts = [];
    for (let i = 0; i < 6; i += 1) accounts.push(await newAccount(db.orm));
    for (const account of accounts) await ask(db.orm, account.email);

    const runs = await Promise.all([1, 2, 3].map(() => run(db.orm, { limit: 2 })));
    expect(runs.reduce((sum, r) => sum + r.handled, 0)).toBe(6);
    expect(runs.reduce((sum, r) => sum + r.matched, 0)).toBe(6);
    for (const account of accounts)
      expect(await resetMailsTo(db.orm, account.email)).toHaveLength(1);
  });

  it("a crash between the answer and the mail loses nothing and doubles nothing", async () => {
    const account = await newAccount(db.orm);
    const asked = await ask(db.orm, account.email);
    const before = await rowCounts(db.orm);

    // The worker dies after writing the link and the mail, before its transaction commits.
    const crash = run(db.orm, {
      afterHandled: () => {
        throw new Error("killed");
      },
    });
    await expect(crash).rejects.toThrow("killed");
    expect(await rowCounts(db.orm)).toEqual(before);

    expect(await run(db.orm)).toEqual({ handled: 1, matched: 1 });
    expect(await run(db.orm)).toEqual({ handled: 0, matched: 0 });
    const mails = await resetMailsTo(db.orm, account.email);
    expect(mails).toHaveLength(1);
    const token = /https?:\/\/\S+#(\S+)/.exec(mails[0]!.textBody)![1]!;
    expect((await verifyKeyword(scopeOf(db.orm), { token, keyword: asked.keyword })).ok).toBe(true);
  });
});
