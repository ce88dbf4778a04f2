// `pnpm seed`: applies migrations and loads the demo data set into the configured
// database (the embedded one by default, or DATABASE_URL), unless it already has data.
import { seedDemoData, systemClock, calendarDateOf } from "@cws/domain";
import { createLogger } from "./logger.ts";
import { loadConfigOrExit, openDatabase } from "./startup.ts";

const config = loadConfigOrExit();
const { orm, applied } = await openDatabase(config, {
  log: createLogger(config, "cws-seed"),
  migrate: true,
});
const loaded = await seedDemoData(
  orm.em.fork(),
  calendarDateOf(systemClock.now(), config.timeZone),
);
await orm.close();
const EXISTING = "the database already has policyholders, nothing loaded";
console.log(`${applied.length} migration(s) applied; ${loaded ? "demo data loaded" : EXISTING}.`);
