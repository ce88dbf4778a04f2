// Starts the service: reads the settings, opens (waiting for it if need be) and migrates
// the database, loads the demo data on first start of the embedded default, and serves
// HTTP. On SIGTERM it drains: /readyz turns not-ready at once, new requests get a clean
// 503, requests under way may finish until SHUTDOWN_DRAIN_SECONDS, then it exits.
//
// Start-up order (README, "Benchmark"): the compile cache is on before any other module
// loads; the embedded database starts (and migrates) while the HTTP app's modules load and
// the app is built; it listens once both are done, so /healthz never answers before the
// service can serve. Mail, reset and reminder work start a second after listening.
import { enableCompileCache } from "node:module";

// Node keeps each module's type-stripped and compiled form on disk (NODE_COMPILE_CACHE, by
// default in the system temp folder), so a restart of the same code skips that work for
// the ~1,900 modules the service loads. It never fails the start: without a writable
// folder it is simply off. Hence every other module is imported below, after this line.
enableCompileCache();

const {
  calendarDateOf,
  createMailDispatch,
  ReminderScheduler,
  ResetRequestWorker,
  seedDemoData,
  systemClock,
} = await import("@cws/domain");
const { loadConfigOrExit, startBackgroundWorkLater, startDatabase } = await import("./startup.ts");
const { DatabaseUnreachable } = await import("./wait-for-database.ts");
const { createLogger } = await import("./logger.ts");

const config = loadConfigOrExit();
const log = createLogger(config);

const unreachableExits = (error: unknown): never => {
  // waitForDatabase has said why in one line; a stack trace would add nothing.
  if (error instanceof DatabaseUnreachable) process.exit(1);
  throw error;
};

const { orm, ready } = await startDatabase(config, { log, migrate: config.migrateOnStart }).catch(
  unreachableExits,
);
// The database starts, migrates and gets its demo data while the app is built below.
const database = ready.then(async () => {
  if (
    config.seedDemoData &&
    (await seedDemoData(orm.em.fork(), calendarDateOf(systemClock.now(), config.timeZone)))
  ) {
    log.info("loaded the demo data set (fictional policyholders and contracts)");
  }
});
// Awaited before listening; until then a failure must not count as unhandled.
database.catch(() => undefined);
// A PostgreSQL server is waited for first, so that DATABASE_START_RETRY_SECONDS is all
// spent waiting for it (the app's modules would otherwise take their share); the embedded
// database has no server to wait for and starts while the app loads.
if (config.database.kind === "postgresql") await database.catch(unreachableExits);

const [{ buildApp }, { Lifecycle }, { countMailRuns, createMetrics }] = await Promise.all([
  import("./app.ts"),
  import("./http/lifecycle.ts"),
  import("./metrics/metrics.ts"),
]);
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
// Renewal reminders: a pass a second after start and every RENEWAL_REMINDER_INTERVAL_MINUTES; safe on every instance.
const reminders = new ReminderScheduler({
  orm,
  config,
  clock: systemClock,
  logger: log.child({ component: "renewal-reminders" }),
});

/** How long after listening the mail dispatcher, reset worker and reminders take their first pass. */
const BACKGROUND_START_DELAY_MS = 1_000;
let cancelBackgroundStart = () => {};

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  cancelBackgroundStart();
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

await database.catch(unreachableExits);
await app.listen({ host: config.http.host, port: config.http.port });
// With MAIL_DISPATCH=off another process (src/mail-dispatcher.ts) delivers the outbox.
if (!stopping)
  cancelBackgroundStart = startBackgroundWorkLater(
    [
      ...(config.mail.dispatch === "inline"
        ? [() => mail.start(), () => resets.start(config.mailDelivery.idlePollMs)]
        : []),
      ...(config.renewalReminders.enabled ? [() => reminders.start()] : []),
    ],
    BACKGROUND_START_DELAY_MS,
  );
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
