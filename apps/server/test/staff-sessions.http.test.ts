import { STAFF_MESSAGES } from "@cws/domain";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerCustomer } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";
import { demoAdmin, demoAgent, gql, STAFF_LOGIN, staffToken, totpAt } from "./staff-graphql.ts";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const MINUTE = 60_000;
const STAFF_ME = "{ staffMe { userId name role agencyCode agencyName } }";
const CONTRACTS = "{ contracts { policyNumber } }";

interface LoginAnswer {
  staffLogin: {
    __typename: string;
    sessionToken?: string;
    expiresAt?: string;
    code?: string;
    message?: { ja: string; en: string };
    retryAfterSeconds?: number;
    fieldErrors?: { field: string; code: string }[];
  };
}

describe.each(testDatabaseKinds())("staff sessions over HTTP on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
    await registerCustomer(server, "taro", "taro@example.com", "Mirai-2026x");
  });
  afterAll(() => server?.close());

  const login = async (input: { userId: string; password: string; totpCode: string }) =>
    (await gql<LoginAnswer>(server, STAFF_LOGIN, { input })).data!.staffLogin;

  /** A customer's login, as a browser (cookie) or a tool (bearer). */
  async function customerLogin(delivery: "COOKIE" | "BEARER") {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation ($input: LoginInput!) { login(input: $input) { ... on SignedIn { sessionToken } } }`,
        variables: {
          input: { userId: "taro@example.com", password: "Mirai-2026x", tokenDelivery: delivery },
        },
      }),
    });
    const body = (await response.json()) as { data: { login: { sessionToken: string | null } } };
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]!)[0];
    return { cookie, token: body.data.login.sessionToken };
  }

  it("logs a staff member in with password and current TOTP code, and knows them by the token", async () => {
    server.clock.advance(30_000);
    const signedIn = await login({
      userId: demoAdmin.userId,
      password: demoAdmin.password,
      totpCode: totpAt(server, demoAdmin.totpSecret),
    });
    expect(signedIn.__typename).toBe("StaffSignedIn");
    expect(signedIn.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The absolute end: STAFF_SESSION_ABSOLUTE_HOURS (10) from now.
    expect(new Date(signedIn.expiresAt!).getTime()).toBe(
      server.clock.now().getTime() + 10 * 3_600_000,
    );
    const me = await gql(server, STAFF_ME, {}, { token: signedIn.sessionToken! });
    expect(me.data).toEqual({
      staffMe: {
        userId: "demo-admin",
        name: demoAdmin.name,
        role: "ADMIN",
        agencyCode: "SAKURA",
        agencyName: "さくら保険サービス",
      },
    });
  });

  it("answers a wrong TOTP code, wrong password and unknown user alike; blanks are ValidationFailed", async () => {
    server.clock.advance(30_000);
    const code = totpAt(server, demoAgent.totpSecret);
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const wrongTotp = await login({
      userId: demoAgent.userId,
      password: demoAgent.password,
      totpCode: wrongCode,
    });
    expect(wrongTotp).toEqual({
      __typename: "StaffLoginFailed",
      code: "STAFF_LOGIN_FAILED",
      message: STAFF_MESSAGES.STAFF_LOGIN_FAILED,
    });
    const wrongPassword = await login({
      userId: demoAgent.userId,
      password: "Not-The-Password-1",
      totpCode: code,
    });
    expect(wrongPassword).toEqual(wrongTotp);
    expect(await login({ userId: "nobody-here", password: "x", totpCode: code })).toEqual(
      wrongTotp,
    );
    const blank = await login({ userId: demoAgent.userId, password: "", totpCode: " " });
    expect(blank.__typename).toBe("ValidationFailed");
    expect(blank.fieldErrors?.map((e) => e.field).sort()).toEqual(["password", "totpCode"]);
    // The right factors still work (the failures did not reach the lockout threshold).
    expect(await staffToken(server, demoAgent)).toBeTruthy();
  });

  it("ends a staff session after 15 idle minutes with UNAUTHENTICATED, worded 'session expired'", async () => {
    const token = await staffToken(server, demoAgent);
    server.clock.advance(14 * MINUTE);
    expect((await gql(server, STAFF_ME, {}, { token })).data?.staffMe).toBeTruthy();
    server.clock.advance(15 * MINUTE + 1000);
    const expired = await gql(server, STAFF_ME, {}, { token });
    expect(expired.status).toBe(401);
    expect(expired.data?.staffMe ?? null).toBeNull();
    expect(expired.errors?.[0]?.extensions).toMatchObject({
      code: "UNAUTHENTICATED",
      message: STAFF_MESSAGES.STAFF_SESSION_EXPIRED,
    });
  });

  it("ends the session at staffLogout", async () => {
    const token = await staffToken(server, demoAgent);
    const out = await gql(server, "mutation { staffLogout { ok } }", {}, { token });
    expect(out.data).toEqual({ staffLogout: { ok: true } });
    const after = await gql(server, STAFF_ME, {}, { token });
    expect(after.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("never lets a customer session call a staff field, cookie or bearer", async () => {
    const anonymous = await gql(server, STAFF_ME);
    expect(anonymous.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const browser = await customerLogin("COOKIE");
    expect(browser.cookie).toMatch(/^cws_session=/);
    // The cookie is a live customer session (it reaches a customer field)…
    expect((await gql(server, CONTRACTS, {}, { cookie: browser.cookie })).errors).toBeUndefined();
    // …and is no staff session.
    const byCookie = await gql(server, STAFF_ME, {}, { cookie: browser.cookie });
    expect(byCookie.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const tool = await customerLogin("BEARER");
    const byBearer = await gql(server, STAFF_ME, {}, { token: tool.token });
    expect(byBearer.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const importing = await gql(
      server,
      "mutation { startImport(kind: POLICYHOLDERS) { __typename } }",
      {},
      { token: tool.token, cookie: browser.cookie },
    );
    expect(importing.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("never lets a staff session call a customer field", async () => {
    const token = await staffToken(server, demoAdmin);
    const contracts = await gql(server, CONTRACTS, {}, { token });
    expect(contracts.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    // A customer field answers the staff token as no customer session at all.
    const me = await gql(server, "{ me { userId } }", {}, { token });
    expect(me.data?.me ?? null).toBeNull();
  });

  it("refuses an agent an admin field with FORBIDDEN", async () => {
    const token = await staffToken(server, demoAgent);
    const members = await gql(server, "{ staffMembers { userId } }", {}, { token });
    expect(members.status).toBe(403);
    expect(members.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      message: STAFF_MESSAGES.STAFF_FORBIDDEN,
    });
  });

  it("lets a bearer request through without a CSRF header, and keeps cookie-only requests guarded", async () => {
    const token = await staffToken(server, demoAgent);
    const query = encodeURIComponent("{ staffMe { userId } }");
    const bearer = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.status).toBe(200);
    expect(await bearer.json()).toEqual({ data: { staffMe: { userId: "demo-agent" } } });
    const { cookie } = await customerLogin("COOKIE");
    const cookieOnly = await fetch(`${server.url}/graphql?query=${encodeURIComponent(CONTRACTS)}`, {
      headers: { cookie: cookie! },
    });
    expect(cookieOnly.status).toBe(400);
    const formPost = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { cookie: cookie!, "content-type": "text/plain" },
      body: JSON.stringify({ query: CONTRACTS }),
    });
    expect(formPost.status).toBe(400);
  });
});

describe("staff login throttling per client address", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("pglite", { RATE_LIMIT_PER_ADDRESS: "3" });
  });
  afterAll(() => server?.close());

  it("answers TooManyAttempts once the address used up its budget, even with the right factors", async () => {
    for (let i = 0; i < 3; i++) {
      const answer = await gql<LoginAnswer>(server, STAFF_LOGIN, {
        input: { userId: demoAgent.userId, password: "Wrong-Password-1", totpCode: "000000" },
      });
      expect(answer.data?.staffLogin.__typename).toBe("StaffLoginFailed");
    }
    server.clock.advance(30_000);
    const throttled = await gql<LoginAnswer>(server, STAFF_LOGIN, {
      input: {
        userId: demoAgent.userId,
        password: demoAgent.password,
        totpCode: totpAt(server, demoAgent.totpSecret),
      },
    });
    expect(throttled.data?.staffLogin).toMatchObject({
      __typename: "TooManyAttempts",
      code: "TOO_MANY_ATTEMPTS",
    });
    expect(throttled.data?.staffLogin.retryAfterSeconds).toBeGreaterThan(0);
  });
});
