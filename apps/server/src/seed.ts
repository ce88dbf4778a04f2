// `pnpm seed`: applies migrations and loads the demo data set into the configured
// database (the embedded one by default, or DATABASE_URL), unless it already has data.
import { seedDemoData, systemClock, calendarDateOf } from "@cws/domain";
import { loadConfigOrExit, openMigratedDatabase } from "./startup.ts";

const config = loadConfigOrExit();
const { orm, applied } = await openMigratedDatabase(config);
const loaded = await seedDemoData(orm.em.fork(), calendarDateOf(systemClock.now(), config.timeZone));
await orm.close();
console.log(`${applied.length} migration(s) applied; ${loaded ? "demo data loaded" : "the database already has policyholders, nothing loaded"}.`);
