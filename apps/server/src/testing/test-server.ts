import { createClient, type GraphQLClient } from "@cws/client";
import { loadConfig, type Config } from "@cws/config";
import {
  openTestDatabase,
  type TestDatabase,
  type TestDatabaseKind,
  freePort,
} from "@cws/domain/testing";
import { seedDemoData, ManualClock, calendarDateOf, openOrm, type Orm } from "@cws/domain";
import { type AppDeps, buildApp } from "../app.ts";

export interface CapturedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
}

export interface TestServer {
  url: string;
  config: Config;
  clock: ManualClock;
  db: TestDatabase;
  /** A client with its own cookie jar, like one browser. */
  client(options?: { bearerToken?: string }): GraphQLClient;
  /** The mails captured by the development mailbox, newest first. */
  mailbox(): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Also serve the built web app (browser tests). */
  serveWebApp?: boolean;
}

/**
 * Starts the real HTTP server on a free loopback port over a fresh test database (with the
 * demo data, as the embedded default has), with a clock the test moves. Settings come from
 * `env` as they would from the environment; PUBLIC_URL is this server, so mailed links work.
 */
export async function startTestServer(
  kind: TestDatabaseKind,
  env: Record<string, string> = {},
  start = "2026-11-25T10:00:00+09:00",
  options: TestServerOptions = {},
): Promise<TestServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const config = loadConfig({
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_URL: "pglite:memory",
      ...env,
    });
    const db = await openTestDatabase(kind);
    const clock = new ManualClock(start);
    await seedDemoData(db.orm.em.fork(), calendarDateOf(clock.now(), config.timeZone));
    // Unexpected errors are logged, so a failing test shows why.
    const app = await buildApp({
      config,
      orm: db.orm,
      clock,
      logger: { level: "error" },
      serveWebApp: options.serveWebApp ?? false,
    });
    try {
      await app.listen({ host: "127.0.0.1", port });
    } catch (error) {
      await app.close();
      await db.close();
      // Another process took the port between the probe and the listen: try another.
      if ((error as NodeJS.ErrnoException).code === "EADDRINUSE" && attempt < 5) continue;
      throw error;
    }
    return {
      url,
      config,
      clock,
      db,
      async mailbox() {
        const response = await fetch(`${url}/dev/mailbox`);
        if (!response.ok) throw new Error(`GET /dev/mailbox answered ${response.status}`);
        return ((await response.json()) as { messages: CapturedMail[] }).messages;
      },
      client: (clientOptions = {}) =>
        createClient({
          url: `${url}/graphql`,
          cookieJar: true,
          bearerToken: clientOptions.bearerToken ?? null,
        }),
      async close() {
        await app.close();
        await db.close();
      },
    };
  }
}

/** A second API instance beside a test server, as behind a load balancer. */
export interface SecondInstance {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts another instance on `first`'s database, settings and clock. On PostgreSQL it has a
 * connection pool of its own, so only the database is shared; the embedded PGlite is one
 * connection, so there it shares the first instance's.
 */
export async function startSecondInstance(
  first: TestServer,
  deps: Pick<AppDeps, "principals"> = {},
): Promise<SecondInstance> {
  const own = first.db.kind === "postgresql";
  const url = String(first.db.orm.config.get("clientUrl"));
  const orm: Orm = own ? await openOrm({ kind: "postgresql", url }, { poolMax: 10 }) : first.db.orm;
  const app = await buildApp({
    ...deps,
    config: first.config,
    orm,
    clock: first.clock,
    logger: false,
    serveWebApp: false,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`,
    async close() {
      await app.close();
      if (own) await orm.close(true);
    },
  };
}
