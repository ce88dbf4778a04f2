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

/**
 * Opens the configured database (creating the embedded one's folder), waits for it to
 * answer for up to DATABASE_START_RETRY_SECONDS, and brings its schema up to date when asked.
 */
export async function openDatabase(
  config: Config,
  options: OpenDatabaseOptions,
): Promise<{ orm: Orm; applied: string[] }> {
  if (config.database.kind === "pglite" && config.database.dataDir)
    mkdirSync(config.database.dataDir, { recursive: true });
  const orm = await openOrm(config.database);
  try {
    await waitForDatabase(() => orm.em.getConnection().execute("select 1"), {
      retryForMs: config.databaseStartRetrySeconds * 1000,
      log: options.log,
    });
    const applied = options.migrate ? await migrate(orm, config.database) : [];
    if (applied.length > 0)
      options.log.info({ migrations: applied }, "applied database migrations");
    return { orm, applied };
  } catch (error) {
    await orm.close(true).catch(() => undefined);
    throw error;
  }
}
