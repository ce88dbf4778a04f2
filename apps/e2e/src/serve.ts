import { createClient, type GraphQLClient } from "@cws/client";
import { loadConfig, type Config } from "@cws/config";
import { seedDemoData } from "@cws/domain/database/seed";
import { openTestDatabase, type TestDatabase } from "@cws/domain/testing/test-database";
import { ManualClock } from "@cws/domain/time/clock";
import { calendarDateOf } from "@cws/domain/time/japan-time";
import { buildApp } from "@cws/server/app";
import { webDistDir } from "@cws/web/dist-path";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/** A mail as the development mailbox (GET /dev/mailbox) returns it. */
export interface CapturedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
}

export interface E2eServer {
  /** Where the browser goes: the web app and /graphql on one origin. */
  url: string;
  config: Config;
  /** The server's clock: stands still until the test moves it. */
  clock: ManualClock;
  db: TestDatabase;
  /** An API client with its own cookie jar, for setting up what a journey does not walk. */
  client(): GraphQLClient;
  /** The captured mails, newest first. */
  mailbox(): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

/** The demo data's "today": a Wednesday, 10:00 Japan time. */
export const DEFAULT_START = "2026-11-25T10:00:00+09:00";

/** A free loopback port, so the mailed links (built from PUBLIC_URL) point at this very server. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real HTTP server serving the built web app, over a fresh embedded database
 * (PGlite in memory) with the demo data, like `pnpm start` does, but with a clock the test
 * moves. Mirrors the server's own startTestServer, which leaves the web app out.
 */
export async function startE2eServer(env: Record<string, string> = {}, start = DEFAULT_START): Promise<E2eServer> {
  if (!existsSync(path.join(webDistDir, "index.html"))) {
    throw new Error(`the web app is not built (${webDistDir}): run \`pnpm exec turbo run build --filter=@cws/web\``);
  }
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const config = loadConfig({ NODE_ENV: "test", HOST: "127.0.0.1", PORT: String(port), PUBLIC_URL: url, DATABASE_URL: "pglite:memory", ...env });
    const db = await openTestDatabase("pglite");
    const clock = new ManualClock(start);
    await seedDemoData(db.orm.em.fork(), calendarDateOf(clock.now(), config.timeZone));
    const app = await buildApp({ config, orm: db.orm, clock, logger: { level: "error" }, serveWebApp: true });
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
      client: () => createClient({ url: `${url}/graphql`, cookieJar: true }),
      async mailbox() {
        const response = await fetch(`${url}/dev/mailbox`);
        if (!response.ok) throw new Error(`GET /dev/mailbox answered ${response.status}`);
        return ((await response.json()) as { messages: CapturedMail[] }).messages;
      },
      async close() {
        await app.close();
        await db.close();
      },
    };
  }
}
