// `pnpm migrate`: applies the pending migrations to the configured database and exits.
// Production runs it once before rolling out a new version, with DATABASE_MIGRATE=off on
// the instances, so no instance migrates while others serve the old schema.
import { createLogger } from "./logger.ts";
import { loadConfigOrExit, openDatabase } from "./startup.ts";
import { DatabaseUnreachable } from "./wait-for-database.ts";

const config = loadConfigOrExit();
const log = createLogger(config, "cws-migrate");
try {
  const { orm, applied } = await openDatabase(config, { log, migrate: true });
  await orm.close();
  log.info(
    { migrations: applied },
    applied.length > 0 ? "applied database migrations" : "the database schema is up to date",
  );
} catch (error) {
  if (!(error instanceof DatabaseUnreachable)) log.error({ err: error }, "migration failed");
  process.exit(1);
}
