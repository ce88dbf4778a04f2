import { LockMode } from "@mikro-orm/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Orm } from "../database/orm.ts";
import type * as PasswordHasher from "../passwords/password-hasher.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import { hashToken } from "../links/tokens.ts";
import { newPolicyholder } from "../testing/contract-fixtures.ts";
import { itWhen } from "../testing/it-when.ts";
import { staffRequestScope } from "../testing/staff-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { Account } from "./account.entity.ts";
import { policyholderOf } from "./account-holder.ts";
import { login } from "./login-service.ts";

const PASSWORD = "Mirai-2026x";
const now = new Date("2026-12-01T03:00:00Z");

async function newAccount(orm: Orm): Promise<Account> {
  const em = orm.em.fork();
  const policyholder = newPolicyholder(em);
  const userId = `taro.${policyholder.employeeNumber}@example.com`;
  const account = em.create(Account, {
    policyholder,
    userId,
    userIdKey: userId,
    email: userId,
    passwordHash: await hashPassword(PASSWORD),
    passwordChangedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await em.flush();
  return account;
}

/** Verifications that have finished; the real ones still run (on the hashing threads). */
const verifications = vi.hoisted(() => ({ finished: 0 }));
vi.mock("../passwords/password-hasher.ts", async (importOriginal) => {
  const real = await importOriginal<typeof PasswordHasher>();
  const counted =
    <A extends unknown[], R>(verify: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await verify(...args);
      verifications.finished += 1;
      return result;
    };
  return {
    ...real,
    verifyPassword: counted(real.verifyPassword),
    verifyAgainstDummy: counted(real.verifyAgainstDummy),
  };
});

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

// The row lock and real parallelism exist on PostgreSQL only (PGlite has one connection).
describe.each(testDatabaseKinds())("login and the account row lock on %s", (kind) => {
  let db: TestDatabase;
  const statements: string[] = [];
  beforeAll(async () => {
    db = await openTestDatabase(kind, { onQuery: (sql) => void statements.push(sql) });
  });
  afterAll(() => db?.close());

  itWhen(
    kind === "postgresql",
    "verifies the password while another connection holds the account row, and waits only to record",
    async () => {
      const account = await newAccount(db.orm);
      // Another transaction (a staff unlock, say) holds the row until told to let go.
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let holding = () => {};
      const held = new Promise<void>((resolve) => (holding = resolve));
      const holder = db.orm.em.fork().transactional(async (tem) => {
        await tem.findOneOrFail(
          Account,
          { id: account.id },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        holding();
        await released;
      });
      await held;
      try {
        const finishedBefore = verifications.finished;
        let settled = false;
        const attempt = login(staffRequestScope(db.orm, now), {
          userId: account.userId,
          password: PASSWORD,
        }).finally(() => {
          settled = true;
        });
        // Before the fix the login waited for the lock first, so no verification finished while it was held.
        expect(await until(() => verifications.finished > finishedBefore, 20_000)).toBe(true);
        expect(await until(() => settled, 200)).toBe(false);
        release();
        expect((await attempt).ok).toBe(true);
      } finally {
        release();
        await holder;
      }
    },
    30_000,
  );

  itWhen(
    kind === "postgresql",
    "counts every one of concurrent wrong passwords for one account",
    async () => {
      const account = await newAccount(db.orm);
      const attempts = Array.from({ length: 6 }, (_, i) =>
        login(staffRequestScope(db.orm, now), {
          userId: account.userId,
          password: `Wrong-${i}000x`,
        }),
      );
      expect((await Promise.all(attempts)).every((outcome) => !outcome.ok)).toBe(true);
      const stored = await db.orm.em.fork().findOneOrFail(Account, { id: account.id });
      expect(stored.failedLoginCount).toBe(6);
      expect(
        (
          await login(staffRequestScope(db.orm, now), {
            userId: account.userId,
            password: PASSWORD,
          })
        ).ok,
      ).toBe(true);
    },
    30_000,
  );

  itWhen(
    kind === "pglite",
    "answers an unknown user ID like a wrong password and signs in with the right one",
    async () => {
      const account = await newAccount(db.orm);
      const unknown = await login(staffRequestScope(db.orm, now), {
        userId: "nobody@example.com",
        password: PASSWORD,
      });
      const wrong = await login(staffRequestScope(db.orm, now), {
        userId: account.userId,
        password: "Wrong-0000x",
      });
      expect(unknown).toEqual(wrong);
      expect(
        (
          await login(staffRequestScope(db.orm, now), {
            userId: account.userId.toUpperCase(),
            password: PASSWORD,
          })
        ).ok,
      ).toBe(true);
    },
  );

  it("signs in with five statements, the answer's policyholder fields included", async () => {
    const account = await newAccount(db.orm);
    statements.length = 0;
    const outcome = await login(staffRequestScope(db.orm, now), {
      userId: account.userId,
      password: PASSWORD,
    });
    if (!outcome.ok) throw new Error("the login failed");
    // The GraphQL answer resolves the customer's five policyholder fields side by side,
    // through the request's own entity manager; before, each of them sent a select.
    const em = db.orm.em.fork();
    const holders = await Promise.all(
      Array.from({ length: 5 }, () => policyholderOf(em, outcome.account)),
    );
    // The unlocked read, then under the lock: the locked read, the policyholder, the audit
    // row and the session (BEGIN and COMMIT are not reported).
    expect(statements).toHaveLength(5);
    expect(holders.every((holder) => holder.familyName === account.policyholder.familyName)).toBe(
      true,
    );
  });

  it("records the audit rows and the session as before: detail objects, token hash, timeouts", async () => {
    const account = await newAccount(db.orm);
    const scope = staffRequestScope(db.orm, now);
    await login(scope, { userId: account.userId, password: "Wrong-0000x" });
    const outcome = await login(scope, { userId: account.userId, password: PASSWORD });
    if (!outcome.ok) throw new Error("the login failed");
    const em = db.orm.em.fork();
    const audits = await em.execute<{ type: string; kind: string; detail: unknown; at: Date }[]>(
      `select "type", jsonb_typeof("detail") as kind, "detail", "at" from "audit_event"
      where "account_id" = ? order by "id"`,
      [account.id],
    );
    expect(audits.map(({ type, kind, detail }) => ({ type, kind, detail }))).toEqual([
      {
        type: "LOGIN_FAILED",
        kind: "object",
        detail: { reason: "WRONG_PASSWORD", consecutiveFailures: 1 },
      },
      { type: "LOGIN_SUCCEEDED", kind: "object", detail: { temporaryPassword: false } },
    ]);
    expect(audits.every((a) => new Date(a.at).getTime() === now.getTime())).toBe(true);
    const sessions = await em.execute<
      { expires_at: Date; last_seen_at: Date; token_hash: string }[]
    >(`select "expires_at", "last_seen_at", "token_hash" from "session" where "account_id" = ?`, [
      account.id,
    ]);
    expect(sessions).toHaveLength(1);
    expect(new Date(sessions[0]!.last_seen_at).getTime()).toBe(now.getTime());
    expect(new Date(sessions[0]!.expires_at).getTime()).toBe(
      now.getTime() + scope.config.sessions.absoluteHours * 3_600_000,
    );
    expect(sessions[0]!.token_hash).toBe(hashToken(outcome.sessionToken));
  });
});
