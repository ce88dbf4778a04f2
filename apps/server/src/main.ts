// Starts the service: reads the settings, opens (waiting for it if need be) and migrates
// the database, loads the demo data on first start of the embedded default, and serves
// HTTP. On SIGTERM it drains: /readyz turns not-ready at once, new requests get a clean
// 503, requests under way may finish until SHUTDOWN_DRAIN_SECONDS, then it exits.
import {
  calendarDateOf,
  createMailDispatch,
  ReminderScheduler,
  ResetRequestWorker,
  seedDemoData,
  systemClock,
} from "@cws/domain";
import { buildApp } from "./app.ts";
import { Lifecycle } from "./http/lifecycle.ts";
import { createLogger } from "./logger.ts";
import { countMailRuns, createMetrics } from "./metrics/metrics.ts";
import { loadConfigOrExit, openDatabase } from "./startup.ts";
import { DatabaseUnreachable } from "./wait-for-database.ts";

const config = loadConfigOrExit();
const log = createLogger(config);

const { orm } = await openDatabase(config, { log, migrate: config.migrateOnStart }).catch(
  (error: unknown) => {
    // waitForDatabase has said why in one line; a stack trace would add nothing.
    if (error instanceof DatabaseUnreachable) process.exit(1);
    throw error;
  },
);
if (
  config.seedDemoData &&
  (await seedDemoData(orm.em.fork(), calendarDateOf(systemClock.now(), config.timeZone)))
) {
  log.info("loaded the demo data set (fictional policyholders and contracts)");
}

const lifecycle = new Lifecycle();
const metrics = createMetrics(orm);
const app = await buildApp({
  config,
  orm,
  clock: systemClock,
  loggerInstance: log,
  lifecycle,
  metrics,
});
const mail = createMailDispatch(
  config,
  orm,
  systemClock,
  log.child({ component: "mail-dispatcher" }),
  countMailRuns(metrics),
);
// Reset requests become links and mails after the answer; it runs wherever the dispatcher does.
const resets = new ResetRequestWorker({
  orm,
  config,
  clock: systemClock,
  logger: log.child({ component: "reset-worker" }),
});
// Renewal reminders: a pass at start and every RENEWAL_REMINDER_INTERVAL_MINUTES; safe on every instance.
const reminders = new ReminderScheduler({
  orm,
  config,
  clock: systemClock,
  logger: log.child({ component: "renewal-reminders" }),
});

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  lifecycle.draining = true;
  log.info({ signal, inFlight: lifecycle.inFlight }, "shutting down: draining requests under way");
  const left = await lifecycle.drained(config.http.shutdownDrainSeconds * 1000);
  if (left > 0) {
    log.warn(
      { inFlight: left },
      "drain deadline reached; closing the connections of requests still under way",
    );
    app.server.closeAllConnections();
  }
  await app.close();
  // Waits for a mail being sent, so its row is marked before the database closes.
  await mail.stop();
  await resets.stop();
  await reminders.stop();
  await orm.close();
  log.info("stopped");
  process.exit(0);
};
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));

await app.listen({ host: config.http.host, port: config.http.port });
// With MAIL_DISPATCH=off another process (src/mail-dispatcher.ts) delivers the outbox.
if (config.mail.dispatch === "inline") {
  mail.start();
  resets.start(config.mailDelivery.idlePollMs);
}
if (config.renewalReminders.enabled) reminders.start();
const where = `http://${config.http.host === "0.0.0.0" ? "localhost" : config.http.host}:${config.http.port}`;
log.info(
  {
    url: where,
    graphql: `${where}/graphql`,
    explorer: config.graphql.explorer ? `${where}/explorer` : null,
    env: config.env,
  },
  "お客さまWebサービス is listening",
);
