import { ConfigError, loadConfig, type Config } from "@cws/config";
import { migrate, openOrm, type Orm } from "@cws/domain";
import { mkdirSync } from "node:fs";

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

/** Opens the configured database (creating the embedded one's folder) and brings its schema up to date. */
export async function openMigratedDatabase(config: Config): Promise<{ orm: Orm; applied: string[] }> {
  if (config.database.kind === "pglite" && config.database.dataDir) mkdirSync(config.database.dataDir, { recursive: true });
  const orm = await openOrm(config.database);
  return { orm, applied: await migrate(orm) };
}
