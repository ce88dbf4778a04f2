// Runs the mail dispatcher as its own process: `node apps/server/src/mail-dispatcher.ts`.
// Use it with MAIL_DISPATCH=off on the API instances, or beside them: dispatchers claim rows
// under a lease (FOR UPDATE SKIP LOCKED, then claimed_until), so several never send the same mail.
import {
  createMailDispatch,
  openOrm,
  pendingMigrations,
  ResetRequestWorker,
  systemClock,
} from "@cws/domain";
import { pino } from "pino";
import { loadConfigOrExit } from "./startup.ts";

const config = loadConfigOrExit();
// One JSON line per event, like the server's own (Fastify) log.
const logger = pino({ name: "mail-dispatcher", level: config.logLevel });

// The embedded database belongs to one process (the API server, which dispatches inline).
if (config.database.kind === "pglite") {
  logger.error(
    { event: "mail_dispatcher_refused" },
    "The standalone mail dispatcher needs PostgreSQL (DATABASE_URL). With the " +
      "embedded database, mail is dispatched by the server (MAIL_DISPATCH=inline).",
  );
  process.exit(1);
}

const orm = await openOrm(config.database);
// The API server migrates; dispatching against an older schema would only fail on every tick.
const pending = await pendingMigrations(orm);
if (pending.length > 0) {
  const fields = { event: "mail_dispatcher_refused", pending };
  logger.error(
    fields,
    "The database schema is not up to date. Run `pnpm migrate` (or start the API server once).",
  );
  await orm.close();
  process.exit(1);
}

const mail = createMailDispatch(config, orm, systemClock, logger);
mail.start();
// Reset requests wait for this worker too (their link and mail are written after the answer).
const resets = new ResetRequestWorker({ orm, config, clock: systemClock, logger });
resets.start(config.mailDelivery.idlePollMs);
const transport = mail.transport.captures ? "capture" : "smtp";
logger.info({ event: "mail_dispatcher_started", transport }, "Mail dispatcher running");

const shutdown = async () => {
  await mail.stop();
  await resets.stop();
  await orm.close();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
