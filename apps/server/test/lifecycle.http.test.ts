import { loadConfig } from "@cws/config";
import { ManualClock, migrate, openOrm, type Orm } from "@cws/domain";
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

// Each test starts an embedded database; on a busy CI machine that alone can take a while.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
import { buildApp } from "../src/app.ts";
import { Lifecycle } from "../src/http/lifecycle.ts";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function app(orm: Orm, env: Record<string, string> = {}, lifecycle = new Lifecycle()) {
  const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: "pglite:memory", ...env });
  const server = await buildApp({
    config,
    orm,
    clock: new ManualClock("2026-11-25T10:00:00+09:00"),
    logger: false,
    serveWebApp: false,
    lifecycle,
  });
  // A request that takes its time, as one stuck on a lock would.
  server.get("/test/slow", async (request) => {
    await new Promise((resolve) =>
      setTimeout(resolve, Number((request.query as { ms?: string }).ms ?? 300)),
    );
    return { done: true };
  });
  await server.listen({ host: "127.0.0.1", port: 0 });
  cleanups.push(() => server.close());
  const address = server.server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, lifecycle };
}

async function embedded(migrated: boolean) {
  const settings = { kind: "pglite", dataDir: null } as const;
  const orm = await openOrm(settings);
  cleanups.push(() => orm.close(true));
  // PGlite starts its engine on the first statement; do it here, not inside a timed check.
  await orm.em.getConnection().execute("select 1");
  if (migrated) await migrate(orm, settings);
  return { orm, settings };
}

/** A PostgreSQL that accepts connections and then never answers: packets dropped, not refused. */
async function silentDatabase(): Promise<string> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return `postgres://postgres@127.0.0.1:${(server.address() as { port: number }).port}/cws`;
}

describe("readiness", () => {
  it("is not ready while migrations are pending, and ready once they are applied", async () => {
    const { orm, settings } = await embedded(false);
    const { url } = await app(orm);
    const before = await fetch(`${url}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({
      status: "unavailable",
      reason: "migrations-pending",
    });
    await migrate(orm, settings);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it("answers within a second when the database stops answering, instead of hanging", async () => {
    const orm = await openOrm({
      kind: "postgresql",
      url: await silentDatabase(),
      timeouts: { connectMs: 3_000, statementMs: 30_000, lockMs: 30_000 },
    });
    cleanups.push(() => orm.close(true));
    const { url } = await app(orm);
    const started = Date.now();
    const response = await fetch(`${url}/readyz`);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", reason: "database-timeout" });
  });
});

describe("shutdown drain", () => {
  it("turns not-ready at once, answers new requests with a clean 503, and lets requests under way finish", async () => {
    const { orm } = await embedded(true);
    const { url, lifecycle } = await app(orm);
    const slow = fetch(`${url}/test/slow?ms=400`);
    while (lifecycle.inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    lifecycle.draining = true;
    const drained = lifecycle.drained(5000);

    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    const refused = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ __typename }"}',
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: expect.any(String),
          extensions: {
            code: "SHUTTING_DOWN",
            message: { ja: expect.stringContaining("再起動"), en: expect.any(String) },
          },
        },
      ],
    });

    expect((await slow).status).toBe(200);
    expect(await drained).toBe(0);
  });

  it("reports requests still running at the deadline", async () => {
    const { orm } = await embedded(true);
    const { url, lifecycle } = await app(orm);
    const slow = fetch(`${url}/test/slow?ms=600`);
    while (lifecycle.inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    lifecycle.draining = true;
    expect(await lifecycle.drained(100)).toBe(1);
    await slow;
  });
});

describe("request timeout", () => {
  it("answers a request still unanswered after REQUEST_TIMEOUT_MS with a 503 in the one error shape", async () => {
    const { orm } = await embedded(true);
    const { url } = await app(orm, { REQUEST_TIMEOUT_MS: "200" });
    const started = Date.now();
    const response = await fetch(`${url}/test/slow?ms=1500`);
    expect(Date.now() - started).toBeLessThan(1200);
    expect(response.status).toBe(503);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
        .extensions.code,
    ).toBe("REQUEST_TIMEOUT");
  });
});
