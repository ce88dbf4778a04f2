import {
  LoginDocument,
  MeDocument,
  VerificationLinkDocument,
  VerifyKeywordDocument,
} from "@cws/client/gql";
import { Account, AuditEvent, unlockAccount } from "@cws/domain";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCustomer, startRegistrationFor } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

const MINUTE = 60_000;

describe.each(testDatabaseKinds())("sessions, lockout and links over HTTP on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
    await registerCustomer(server, "taro", "taro@example.com", "Mirai-2026x");
  });
  afterAll(() => server?.close());

  const login = (password: string, tokenDelivery?: "BEARER" | "COOKIE") => {
    const client = server.client();
    return client
      .execute(LoginDocument, { input: { userId: "taro@example.com", password, tokenDelivery } })
      .then((r) => ({ client, result: r.login }));
  };

  it("hands tools a bearer token instead of a cookie", async () => {
    const { client, result } = await login("Mirai-2026x", "BEARER");
    if (result.__typename !== "SignedIn") throw new Error(result.__typename);
    expect(result.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(client.cookies().size).toBe(0);
    const tool = server.client({ bearerToken: result.sessionToken! });
    expect((await tool.execute(MeDocument)).me?.userId).toBe("taro@example.com");
  });

  it("ends a session after 30 idle minutes, and after 12 hours whatever the activity", async () => {
    const { client } = await login("Mirai-2026x");
    server.clock.advance(29 * MINUTE);
    expect((await client.execute(MeDocument)).me).not.toBeNull();
    server.clock.advance(31 * MINUTE);
    expect((await client.execute(MeDocument)).me).toBeNull();

    const active = (await login("Mirai-2026x")).client;
    const alive: boolean[] = [];
    // Active every 20 minutes for 11 h 40 min: never idle, so still alive…
    for (let i = 0; i < 35; i++) {
      server.clock.advance(20 * MINUTE);
      alive.push((await active.execute(MeDocument)).me !== null);
    }
    expect(alive.every(Boolean)).toBe(true);
    // …until the absolute end at 12 hours.
    server.clock.advance(20 * MINUTE);
    expect((await active.execute(MeDocument)).me).toBeNull();
  });

  it(
    "locks the account after ten consecutive failures, with " +
      "the same answer as a wrong password, then unlocks by time",
    async () => {
      const wrong = (await login("Wrong-0000x")).result;
      for (let i = 0; i < 9; i++) await login(`Wrong-${i}000x`);
      const locked = (await login("Mirai-2026x")).result;
      expect(locked).toEqual(wrong);
      server.clock.advance(16 * MINUTE);
      expect((await login("Mirai-2026x")).result.__typename).toBe("SignedIn");

      const em = server.db.orm.em.fork();
      const types = (
        await em.find(AuditEvent, {
          type: { $in: ["ACCOUNT_LOCKED", "LOGIN_FAILED", "LOGIN_SUCCEEDED"] },
        })
      ).map((e) => e.type);
      expect(types).toContain("ACCOUNT_LOCKED");
      expect(types.filter((t) => t === "LOGIN_FAILED").length).toBeGreaterThanOrEqual(11);
    },
  );

  it("lets staff lift a lockout before it runs out", async () => {
    for (let i = 0; i < 10; i++) await login(`Wrong-${i}111x`);
    expect((await login("Mirai-2026x")).result.__typename).toBe("LoginFailed");
    const em = server.db.orm.em.fork();
    const account = await em.findOneOrFail(Account, { userIdKey: "taro@example.com" });
    const scope = {
      em,
      config: server.config,
      now: server.clock.now(),
      origin: { ip: "127.0.0.1", userAgent: "staff-test" },
    };
    expect(await unlockAccount(scope, { accountId: account.id, staffId: null })).toBe(true);
    expect((await login("Mirai-2026x")).result.__typename).toBe("SignedIn");
  });

  it("expires a registration link after 48 hours", async () => {
    const client = server.client();
    const token = await startRegistrationFor(server, client, "hanako", "hanako@example.com");
    server.clock.advance(48 * 60 * MINUTE + 1000);
    expect(
      (await client.execute(VerificationLinkDocument, { token })).verificationLink.status,
    ).toBe("EXPIRED");
    expect(
      (await client.execute(VerifyKeywordDocument, { token, keyword: "Abc123" })).verifyKeyword
        .__typename,
    ).toBe("LinkExpired");
  });

  it("records registration, keyword and login events in the audit trail with address and agent", async () => {
    const em = server.db.orm.em.fork();
    const events = await em.find(AuditEvent, {}, { orderBy: { id: "asc" } });
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      "REGISTRATION_STARTED",
      "REGISTRATION_COMPLETED",
      "LOGIN_SUCCEEDED",
      "LOGIN_FAILED",
      "ACCOUNT_LOCKED",
    ])
      expect(types).toContain(type);
    expect(events.every((e) => e.clientIp === "127.0.0.1")).toBe(true);
    expect(events.some((e) => e.userAgent.length > 0)).toBe(true);
  });
});

describe("throttling per client address", () => {
  it("answers TooManyAttempts once an address used its budget, counting each aliased attempt", async () => {
    const server = await startTestServer("pglite", { RATE_LIMIT_PER_ADDRESS: "3" });
    try {
      const client = server.client();
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push(
          (
            await client.execute(LoginDocument, {
              input: { userId: "x@example.com", password: "Wrong-2026x" },
            })
          ).login,
        );
      expect(answers.map((a) => a.__typename)).toEqual([
        "LoginFailed",
        "LoginFailed",
        "LoginFailed",
        "TooManyAttempts",
      ]);
      expect(answers[3]).toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
    } finally {
      await server.close();
    }
  });
});
