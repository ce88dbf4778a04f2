// Runs the mail dispatcher as its own process: `node apps/server/src/mail-dispatcher.ts`.
// Use it with MAIL_DISPATCH=off on the API instances, or beside them: dispatchers claim rows
// with FOR UPDATE SKIP LOCKED, so several never send the same mail.
import { openOrm, createMailDispatch, systemClock } from "@cws/domain";
import { loadConfigOrExit } from "./startup.ts";

const config = loadConfigOrExit();

// The embedded database belongs to one process (the API server, which dispatches inline).
if (config.database.kind === "pglite") {
  console.error("The standalone mail dispatcher needs PostgreSQL (DATABASE_URL). With the embedded database, mail is dispatched by the server (MAIL_DISPATCH=inline).");
  process.exit(1);
}

const orm = await openOrm(config.database);
// The API server migrates; dispatching against an older schema would only fail on every tick.
const pending = await orm.migrator.getPending();
if (pending.length > 0) {
  console.error(`The database schema is not up to date (pending: ${pending.map((m) => m.name).join(", ")}). Start the API server once to migrate it.`);
  await orm.close();
  process.exit(1);
}

const mail = createMailDispatch(config, orm, systemClock);
mail.start();
console.log(`Mail dispatcher running (${mail.transport.captures ? "capturing mail, SMTP_URL is not set" : "sending over SMTP"}).`);

const shutdown = async () => {
  await mail.stop();
  await orm.close();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
