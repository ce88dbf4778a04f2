// Starts the service: reads the settings, opens and migrates the database, loads the
// demo data on first start of the embedded default, and serves HTTP.
import { seedDemoData, createMailDispatch, calendarDateOf, systemClock } from "@cws/domain";
import { buildApp } from "./app.ts";
import { loadConfigOrExit, openMigratedDatabase } from "./startup.ts";

const config = loadConfigOrExit();
const { orm } = await openMigratedDatabase(config);
if (config.seedDemoData && (await seedDemoData(orm.em.fork(), calendarDateOf(systemClock.now(), config.timeZone)))) {
  console.log("Loaded the demo data set (fictional policyholders and contracts).");
}

const app = await buildApp({ config, orm, clock: systemClock, logger: { level: config.production ? "info" : "warn" } });
const mail = createMailDispatch(config, orm, systemClock, app.log.child({ component: "mail-dispatcher" }));
const shutdown = async () => {
  await app.close();
  // Waits for a mail being sent, so its row is marked before the database closes.
  await mail.stop();
  await orm.close();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);

await app.listen({ host: config.http.host, port: config.http.port });
// With MAIL_DISPATCH=off another process (src/mail-dispatcher.ts) delivers the outbox.
if (config.mail.dispatch === "inline") mail.start();
const where = `http://${config.http.host === "0.0.0.0" ? "localhost" : config.http.host}:${config.http.port}`;
console.log(`お客さまWebサービス is listening on ${where} (GraphQL ${where}/graphql${config.graphql.explorer ? `, explorer ${where}/explorer` : ""})`);
