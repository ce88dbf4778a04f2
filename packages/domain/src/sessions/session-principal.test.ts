import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Account } from "../accounts/account.entity.ts";
import { newPolicyholder } from "../testing/contract-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { PrincipalCache } from "./principal-cache.ts";
import { resumePrincipal } from "./session-principal.ts";
import { openSession } from "./session-service.ts";
import { Session } from "./session.entity.ts";

const settings = { idleMinutes: 30, absoluteHours: 12 };
const origin = { ip: "192.0.2.1", userAgent: "test", requestId: "r" };
const at = (iso: string) => new Date(iso);
const MINUTE = 60_000;

describe.each(testDatabaseKinds())("resumePrincipal on %s", (kind) => {
  let db: TestDatabase;
  let statements: string[] = [];
  beforeAll(async () => {
    db = await openTestDatabase(kind, { onQuery: (sql) => statements.push(sql) });
  });
  afterAll(() => db?.close());

  async function signedIn(start: Date, requiredAction: "CHANGE_PASSWORD" | null = null) {
    const em = db.orm.em.fork();
    const policyholder = newPolicyholder(em);
    const userId = `user-${policyholder.employeeNumber}`;
    const account = em.create(Account, {
      policyholder,
      userId,
      userIdKey: userId,
      email: `${userId}@example.com`,
      passwordHash: "argon2id$secret",
      requiredAction,
      passwordChangedAt: start,
      createdAt: start,
      updatedAt: start,
    });
    const { token, session } = openSession(em, account, settings, start, origin);
    await em.flush();
    return { token, session, account, policyholder };
  }
  const resume = (token: string, now: Date) =>
    resumePrincipal(db.orm.em.fork(), token, settings, now);
  const stored = (id: string) => db.orm.em.fork().findOneOrFail(Session, id);

  it("names the session, account, policyholder, e-mail and required action, and nothing secret", async () => {
    const start = at("2026-11-25T01:00:00Z");
    const { token, session, account, policyholder } = await signedIn(start, "CHANGE_PASSWORD");
    expect(await resume(token, start)).toEqual({
      sessionId: session.id,
      lastSeenAt: start,
      expiresAt: at("2026-11-25T13:00:00Z"),
      accountId: account.id,
      policyholderId: policyholder.id,
      email: account.email,
      requiredAction: "CHANGE_PASSWORD",
    });
    expect((await signedIn(start)).account.requiredAction ?? null).toBeNull();
  });

  it("is one statement when no activity is due, and writes the activity at most once a minute", async () => {
    const start = at("2026-11-25T02:00:00Z");
    const { token, session } = await signedIn(start);
    statements = [];
    expect((await resume(token, new Date(start.getTime() + 59_999)))?.lastSeenAt).toEqual(start);
    expect(statements).toHaveLength(1);
    expect((await stored(session.id)).lastSeenAt).toEqual(start);
    const minuteLater = new Date(start.getTime() + MINUTE);
    expect((await resume(token, minuteLater))?.lastSeenAt).toEqual(minuteLater);
    expect((await stored(session.id)).lastSeenAt).toEqual(minuteLater);
  });

  it("answers from the session cache without a statement, yet writes activity and ends idle sessions", async () => {
    const start = at("2026-11-25T02:30:00Z");
    const { token, session } = await signedIn(start);
    const cache = new PrincipalCache();
    cache.hearing(true);
    const resumeCached = (now: Date) =>
      resumePrincipal(db.orm.em.fork(), token, settings, now, cache);
    statements = [];
    expect((await resumeCached(new Date(start.getTime() + 1_000)))?.sessionId).toBe(session.id);
    expect(statements).toHaveLength(1);
    statements = [];
    expect((await resumeCached(new Date(start.getTime() + 2_000)))?.sessionId).toBe(session.id);
    expect(statements).toHaveLength(0);
    // The once-a-minute activity write still happens, through the database.
    const minuteLater = new Date(start.getTime() + MINUTE);
    expect((await resumeCached(minuteLater))?.lastSeenAt).toEqual(minuteLater);
    expect((await stored(session.id)).lastSeenAt).toEqual(minuteLater);
    // Idle for 30 minutes: ended, whatever the cache held.
    expect(await resumeCached(new Date(minuteLater.getTime() + 30 * MINUTE))).toBeNull();
    expect((await stored(session.id)).endReason).toBe("IDLE_TIMEOUT");
    expect(cache.size).toBe(0);
  });

  it("ends a session after 30 idle minutes (IDLE_TIMEOUT) and finds it no more", async () => {
    const start = at("2026-11-25T03:00:00Z");
    const { token, session } = await signedIn(start);
    expect(await resume(token, new Date(start.getTime() + 29 * MINUTE))).not.toBeNull();
    // Seen at 03:29, so idle from then: 03:58:59 lives, 03:59 is 30 minutes.
    expect(await resume(token, new Date(start.getTime() + 58 * MINUTE + 59_000))).not.toBeNull();
    expect(await resume(token, new Date(start.getTime() + 88 * MINUTE + 59_000))).toBeNull();
    expect(await stored(session.id)).toMatchObject({ endReason: "IDLE_TIMEOUT" });
    expect(await resume(token, new Date(start.getTime() + 89 * MINUTE))).toBeNull();
  });

  it("ends a session at 12 hours whatever the activity (ABSOLUTE_TIMEOUT)", async () => {
    const start = at("2026-11-25T04:00:00Z");
    const { token, session } = await signedIn(start);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      expect(await resume(token, new Date(start.getTime() + minutes * MINUTE))).not.toBeNull();
    }
    expect(await resume(token, new Date(start.getTime() + 12 * 60 * MINUTE))).toBeNull();
    expect(await stored(session.id)).toMatchObject({ endReason: "ABSOLUTE_TIMEOUT" });
  });

  it("is null for an unknown, a malformed or an ended session's token", async () => {
    const start = at("2026-11-25T05:00:00Z");
    const { token, session } = await signedIn(start);
    expect(await resume("not a token", start)).toBeNull();
    expect(
      await resume(`${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`, start),
    ).toBeNull();
    await db.orm.em
      .fork()
      .nativeUpdate(Session, { id: session.id }, { endedAt: start, endReason: "LOGOUT" });
    expect(await resume(token, start)).toBeNull();
  });
});
