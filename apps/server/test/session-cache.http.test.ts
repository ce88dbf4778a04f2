import { createClient, type GraphQLClient } from "@cws/client";
import { ContractsDocument, LogoutDocument, MeDocument } from "@cws/client/gql";
import { PrincipalCache } from "@cws/domain";
import { testDatabaseKinds, type TestDatabaseKind } from "@cws/domain/testing";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { registerCustomer } from "../src/testing/journeys.ts";
import {
  startSecondInstance,
  startTestServer,
  type TestServer,
} from "../src/testing/test-server.ts";

// The session cache (sessions/principal-cache.ts) on two API instances over one database,
// as behind a load balancer: whatever ends or changes a session on one instance (or in the
// database by any other path) must hold on the other as soon as the database's change
// notice arrives — the bound these tests allow is 2 s; it takes milliseconds.
const BOUND_MS = 2_000;

async function within<T>(ms: number, probe: () => Promise<T>, done: (value: T) => boolean) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const errorCode = (error: unknown) =>
  (error as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ??
  String(error);

/** `me` as a client sees it: the e-mail, SIGNED_OUT (no live session: `me` is null), or an error code. */
async function whoAmI(client: GraphQLClient): Promise<string> {
  try {
    return (await client.execute(MeDocument)).me?.email ?? "SIGNED_OUT";
  } catch (error) {
    return errorCode(error);
  }
}

describe.each(testDatabaseKinds())("the session cache on %s", (kind: TestDatabaseKind) => {
  let a: TestServer | undefined;
  let closeB: (() => Promise<unknown>) | undefined;
  afterEach(async () => {
    await closeB?.();
    await a?.close();
    closeB = undefined;
    a = undefined;
  });

  async function startBoth() {
    a = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
    const cacheOfB = new PrincipalCache();
    const b = await startSecondInstance(a, { principals: cacheOfB });
    const bUrl = b.url;
    closeB = () => b.close();
    const taro = await registerCustomer(a, "taro", "taro.cache@example.com", "Secret-2026xy");
    const token = taro.cookies().get("cws_session")!;
    const onA = createClient({ url: `${a.url}/graphql`, bearerToken: token });
    const onB = createClient({ url: `${bUrl}/graphql`, bearerToken: token });
    // The listener connects in the background; start-up does not wait for it.
    await within(
      BOUND_MS,
      async () => cacheOfB.serving,
      (serving) => serving,
    );
    return { server: a, cacheOfB, onA, onB, token };
  }

  it("serves a live session from memory, and a logout on the other instance ends it there too", async () => {
    const { cacheOfB, onA, onB } = await startBoth();
    expect(cacheOfB.serving).toBe(true);
    expect(await whoAmI(onB)).toBe("taro.cache@example.com");
    expect(cacheOfB.size).toBe(1);
    expect((await onB.execute(ContractsDocument)).contracts.length).toBeGreaterThan(0);

    expect((await onA.execute(LogoutDocument)).logout.ok).toBe(true);
    const after = await within(
      BOUND_MS,
      () => whoAmI(onB),
      (code) => code === "SIGNED_OUT",
    );
    expect(after).toBe("SIGNED_OUT");
    expect(cacheOfB.size).toBe(0);
  });

  it("holds a logout on the same instance at once, before any notice arrives", async () => {
    const { onB } = await startBoth();
    expect(await whoAmI(onB)).toBe("taro.cache@example.com");
    expect((await onB.execute(LogoutDocument)).logout.ok).toBe(true);
    expect(await whoAmI(onB)).toBe("SIGNED_OUT");
  });

  it("hears a session ended or an address changed in the database by any other path", async () => {
    const { server, onB } = await startBoth();
    expect(await whoAmI(onB)).toBe("taro.cache@example.com");
    const connection = server.db.orm.em.getConnection();
    await connection.execute(`update "account" set "email" = 'taro.new@example.com'
      where "email" = 'taro.cache@example.com'`);
    expect(
      await within(
        BOUND_MS,
        () => whoAmI(onB),
        (e) => e === "taro.new@example.com",
      ),
    ).toBe("taro.new@example.com");
    await connection.execute(`update "session" set "ended_at" = now(), "end_reason" = 'LOGOUT'`);
    expect(
      await within(
        BOUND_MS,
        () => whoAmI(onB),
        (e) => e === "SIGNED_OUT",
      ),
    ).toBe("SIGNED_OUT");
  });

  // PGlite is in the process: its notices have no connection of their own to lose.
  if (kind === "postgresql") {
    it("serves nothing from memory while the notices are lost, and resumes once they are heard again", async () => {
      const { server, cacheOfB, onB } = await startBoth();
      expect(await whoAmI(onB)).toBe("taro.cache@example.com");
      const admin = new pg.Client({
        connectionString: String(server.db.orm.config.get("clientUrl")),
      });
      await admin.connect();
      try {
        // Both instances' listeners are cut; B's must stop serving from memory at once.
        await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = 'cws-principal-listener' and datname = current_database()`);
        await within(
          BOUND_MS,
          async () => cacheOfB.serving,
          (serving) => !serving,
        );
        expect(cacheOfB.serving).toBe(false);
        expect(cacheOfB.size).toBe(0);
        // Meanwhile every request reads the database: a session ended now is refused at once.
        await admin.query(`update "session" set "ended_at" = now(), "end_reason" = 'LOGOUT'`);
        expect(await whoAmI(onB)).toBe("SIGNED_OUT");
        // The listener reconnects by itself (first pause 0.5 s).
        await within(
          5_000,
          async () => cacheOfB.serving,
          (serving) => serving,
        );
        expect(cacheOfB.serving).toBe(true);
      } finally {
        await admin.end();
      }
    }, 20_000);
  }
});
