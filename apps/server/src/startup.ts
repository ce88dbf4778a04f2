import { ConfigError, loadConfig, type Config } from "@cws/config";
import { migrate, openOrm, type Orm } from "@cws/domain";
import { mkdirSync } from "node:fs";
import type { Logger } from "pino";
import { waitForDatabase } from "./wait-for-database.ts";

/** Reads the settings for a command; an invalid one stops it with one line naming the setting. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export interface OpenDatabaseOptions {
  log: Pick<Logger, "info" | "warn" | "error">;
  /** Apply pending migrations (the server does unless DATABASE_MIGRATE=off; `pnpm migrate` always). */
  migrate: boolean;
}

/** An opened ORM whose database may still be starting; see {@link startDatabase}. */
export interface StartingDatabase {
  orm: Orm;
  /** Settles once the database answers and its schema is up to date (names the migrations run). */
  ready: Promise<string[]>;
}

/**
 * Opens the configured database (creating the embedded one's folder) and returns the ORM
 * at once, while the database itself starts: `ready` waits for it to answer for up to
 * DATABASE_START_RETRY_SECONDS and brings its schema up to date when asked. The server
 * builds its HTTP app meanwhile (neither needs the other until it listens). If `ready`
 * fails the ORM is closed.
 */
export async function startDatabase(
  config: Config,
  options: OpenDatabaseOptions,
): Promise<StartingDatabase> {
  if (config.database.kind === "pglite" && config.database.dataDir)
    mkdirSync(config.database.dataDir, { recursive: true });
  const orm = await openOrm(config.database);
  const ready = (async () => {
    try {
      await waitForDatabase(() => orm.em.getConnection().execute("select 1"), {
        retryForMs: config.databaseStartRetrySeconds * 1000,
        log: options.log,
      });
      const applied = options.migrate ? await migrate(orm, config.database) : [];
      if (applied.length > 0)
        options.log.info({ migrations: applied }, "applied database migrations");
      return applied;
    } catch (error) {
      await orm.close(true).catch(() => undefined);
      throw error;
    }
  })();
  return { orm, ready };
}

/**
 * Opens the configured database, waits for it to answer and brings its schema up to date
 * when asked (the commands that need nothing else meanwhile).
 */
export async function openDatabase(
  config: Config,
  options: OpenDatabaseOptions,
): Promise<{ orm: Orm; applied: string[] }> {
  const { orm, ready } = await startDatabase(config, options);
  return { orm, applied: await ready };
}

/**
 * Starts the background work (mail dispatcher, reset worker, renewal reminders) `delayMs`
 * after the server listens rather than at once: their first passes query tables PGlite has
 * not read yet, and run on the thread that answers HTTP, so the first requests (a load
 * balancer's /healthz) would wait behind them. Returns a cancel for a shutdown that comes
 * first, after which nothing starts.
 */
export function startBackgroundWorkLater(starts: (() => void)[], delayMs: number): () => void {
  const timer = setTimeout(() => {
    for (const start of starts) start();
  }, delayMs);
  return () => clearTimeout(timer);
}
