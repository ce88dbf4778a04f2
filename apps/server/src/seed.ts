// `pnpm seed`: applies migrations and loads the demo data set into the configured
// database (the embedded one by default, or DATABASE_URL), unless it already has data.
import { ConfigError, loadConfig } from "@cws/config";
import { migrate, openOrm } from "@cws/domain/database/orm";
import { seedDemoData } from "@cws/domain/database/seed";
import { systemClock } from "@cws/domain/time/clock";
import { calendarDateOf } from "@cws/domain/time/japan-time";
import { mkdirSync } from "node:fs";

try {
  const config = loadConfig();
  if (config.database.kind === "pglite" && config.database.dataDir) mkdirSync(config.database.dataDir, { recursive: true });
  const orm = await openOrm(config.database);
  const ran = await migrate(orm);
  const loaded = await seedDemoData(orm.em.fork(), calendarDateOf(systemClock.now(), config.timeZone));
  await orm.close();
  console.log(`${ran.length} migration(s) applied; ${loaded ? "demo data loaded" : "the database already has policyholders, nothing loaded"}.`);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
