import { startTestServer, type TestServer } from "@cws/server/testing";
import { webDistDir } from "@cws/web/dist-path";
import { existsSync } from "node:fs";
import path from "node:path";

/** The server a journey drives: the API's own test server, serving the built web app too. */
export type E2eServer = TestServer;

/** The demo data's "today": a Wednesday, 10:00 Japan time. */
export const DEFAULT_START = "2026-11-25T10:00:00+09:00";

/**
 * Starts the real HTTP server serving the built web app, over a fresh embedded database
 * (PGlite in memory) with the demo data, like `pnpm start` does, but with a clock the test
 * moves and PUBLIC_URL pointing at itself so mailed links open in the browser.
 */
export async function startE2eServer(
  env: Record<string, string> = {},
  start = DEFAULT_START,
): Promise<E2eServer> {
  if (!existsSync(path.join(webDistDir, "index.html"))) {
    throw new Error(
      `the web app is not built (${webDistDir}): run \`pnpm exec turbo run build --filter=@cws/web\``,
    );
  }
  return startTestServer("pglite", env, start, { serveWebApp: true });
}
