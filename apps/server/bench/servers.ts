// How the bench starts each server: the product as production starts it, the bare
// reference, and the embedded-database start whose time to /healthz is a target.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@cws/domain/testing";
import { startServer, type ServerProcess } from "./processes.ts";
import { spreadOf } from "./stats.ts";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const MAIN = here("../src/main.ts");
/** The flags of `@cws/server start`. */
const START_FLAGS = ["--max-semi-space-size=16"];

/** Only what a process needs from the driver's environment; every setting is given explicitly. */
function baseEnv(inherited: Record<string, string | undefined>): Record<string, string> {
  const keep = ["PATH", "HOME", "TMPDIR", "LANG"];
  return Object.fromEntries(keep.flatMap((key) => (inherited[key] ? [[key, inherited[key]]] : [])));
}

export interface ProductSettings {
  databaseUrl: string;
  smtpUrl: string;
  processes: number;
  /** Shared throttling state; required for several processes. */
  redisUrl: string | null;
  logDir: string;
  inherited: Record<string, string | undefined>;
  /** Node flags before the script (the profiler's `--cpu-prof`, for `bench:profile`). */
  nodeArgs?: string[];
}

/**
 * The product with production's settings: NODE_ENV=production (its log level, pool size and
 * the default maintenance window), PostgreSQL, SMTP to a local sink. Two changes, both said
 * in the report: the per-address sign-in limit is lifted, since every request comes from
 * one address and `login` is a scenario, and the mail dispatcher is off (nothing here sends
 * mail, and its poll every 2 s would add statements the counts must not see).
 */
export async function startProduct(settings: ProductSettings) {
  const port = await freePort();
  const env: Record<string, string> = {
    ...baseEnv(settings.inherited),
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: settings.databaseUrl,
    SMTP_URL: settings.smtpUrl,
    MAIL_DISPATCH: "off",
    RATE_LIMIT_PER_ADDRESS: "100000000",
    ...(settings.redisUrl ? { REDIS_URL: settings.redisUrl } : {}),
  };
  const clustered = settings.processes > 1;
  const server = await startServer({
    // The young generation `pnpm start` gives the server (package.json), so the bench measures that process.
    args: [
      ...START_FLAGS,
      ...(settings.nodeArgs ?? []),
      ...(clustered ? [here("./cluster-main.ts"), String(settings.processes)] : [MAIN]),
    ],
    env,
    url: `http://127.0.0.1:${port}`,
    logFile: path.join(settings.logDir, `server-${settings.processes}p.log`),
    ...(clustered ? { readyLine: `all ${settings.processes} workers listening` } : {}),
  });
  return { ...server, env };
}

/** The bare Apollo-on-Fastify reference, in its own process. */
export async function startBare(
  logDir: string,
  inherited: Record<string, string | undefined>,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  return startServer({
    args: [...START_FLAGS, ...nodeArgs, here("./bare-server.ts"), String(port)],
    env: { ...baseEnv(inherited), NODE_ENV: "production" },
    url: `http://127.0.0.1:${port}`,
    logFile: path.join(logDir, "bare.log"),
  });
}

/**
 * Cold start as `pnpm start` does it once the web app is built: node src/main.ts on an
 * existing embedded database (created and seeded by a first start that is not counted),
 * timed from spawn to the first good /healthz answer.
 */
export async function measureColdStart(
  runs: number,
  logDir: string,
  inherited: Record<string, string | undefined>,
) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "cws-bench-"));
  try {
    const start = async () => {
      const port = await freePort();
      const env = { ...baseEnv(inherited), PORT: String(port), DATA_DIR: dataDir };
      const url = `http://127.0.0.1:${port}`;
      return startServer({
        args: [...START_FLAGS, MAIN],
        env,
        url,
        logFile: path.join(logDir, "cold-start.log"),
      });
    };
    await (await start()).stop();
    const ms: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const server = await start();
      ms.push(server.startedInMs);
      await server.stop();
    }
    return { ms, summary: spreadOf(ms) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
