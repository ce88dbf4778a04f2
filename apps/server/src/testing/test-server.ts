import { createClient, type GraphQLClient } from "@cws/client";
import { loadConfig, type Config } from "@cws/config";
import { openTestDatabase, type TestDatabase, type TestDatabaseKind } from "@cws/domain/testing/test-database";
import { seedDemoData } from "@cws/domain/database/seed";
import { ManualClock } from "@cws/domain/time/clock";
import { calendarDateOf } from "@cws/domain/time/japan-time";
import { buildApp } from "../app.ts";

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

/**
 * Starts the real HTTP server on a free loopback port over a fresh test database, with a
 * clock the test moves. Settings come from `env` as they would from the environment.
 */
export async function startTestServer(kind: TestDatabaseKind, env: Record<string, string> = {}, start = "2026-11-25T10:00:00+09:00"): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", DATABASE_URL: "pglite:memory", ...env });
  const db = await openTestDatabase(kind);
  const clock = new ManualClock(start);
  // Every server test starts from the demo data set, as the embedded default does.
  await seedDemoData(db.orm.em.fork(), calendarDateOf(clock.now(), config.timeZone));
  // Unexpected errors are logged, so a failing test shows why.
  const app = await buildApp({ config, orm: db.orm, clock, logger: { level: "error" }, serveWebApp: false });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
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
    client: (options = {}) => createClient({ url: `${url}/graphql`, cookieJar: true, bearerToken: options.bearerToken ?? null }),
    async close() {
      await app.close();
      await db.close();
    },
  };
}
