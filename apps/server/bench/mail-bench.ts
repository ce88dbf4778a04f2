// `pnpm bench:mail`: queues 10,000 mails on PostgreSQL and drains them with one mail dispatcher
// (or more: `pnpm bench:mail --dispatchers 2`; `--pool`, `--batch` and `--mails` too) into a
// local SMTP sink. Prints mails per second and checks that every mail arrived exactly once. A
// benchmark, not a test: the rate
// is not asserted, only the counts are checked (and printed).
//
// PostgreSQL comes from TEST_DATABASE_URL (an admin URL; a throw-away database is created
// and dropped), defaulting to this machine's postgres://postgres@127.0.0.1:5432/postgres.
import { parseArgs } from "node:util";
import { loadConfig } from "@cws/config";
import {
  createMailTransport,
  MailDispatcher,
  OutboxMessage,
  queueMail,
  systemClock,
  type MailLogger,
} from "@cws/domain";
import { openTestDatabase, startSmtpTestServer } from "@cws/domain/testing";

// eslint-disable-next-line no-restricted-properties -- a developer script choosing its database, not a service setting
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";

const { values } = parseArgs({
  options: {
    mails: { type: "string", default: "10000" },
    dispatchers: { type: "string", default: "1" },
    // The defaults are the settings' own (SMTP_POOL_SIZE, MAIL_BATCH_SIZE).
    pool: { type: "string" },
    batch: { type: "string" },
  },
});
const MAILS = Number(values.mails);
const DISPATCHERS = Number(values.dispatchers);
const FROM = "みらい損害保険 <no-reply@example-insurance.test>";

const problems: string[] = [];
const logger: MailLogger = {
  info: () => {},
  warn: (fields, msg) => problems.push(`${msg} ${JSON.stringify(fields)}`),
  error: (fields, msg) => problems.push(`${msg} ${JSON.stringify(fields)}`),
};

const db = await openTestDatabase("postgresql");
const smtp = await startSmtpTestServer();
const config = loadConfig({
  SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
  MAIL_FROM: FROM,
  SMTP_POOL_SIZE: values.pool,
  MAIL_BATCH_SIZE: values.batch,
});
const transports = Array.from({ length: DISPATCHERS }, () => createMailTransport(config));
try {
  const text = "お客さまWebサービスのご案内です。\n".repeat(20);
  for (let queued = 0; queued < MAILS; queued += 1000) {
    const em = db.orm.em.fork();
    for (let i = queued; i < Math.min(MAILS, queued + 1000); i++) {
      const content = { subject: `ベンチ ${i}`, text, html: `<p>${text}</p>` };
      queueMail(em, {
        to: `user${i}@example.test`,
        kind: "bench",
        content,
        now: systemClock.now(),
      });
    }
    await em.flush();
  }

  const dispatchers = transports.map(
    (transport) =>
      new MailDispatcher({
        orm: db.orm,
        transport,
        from: FROM,
        clock: systemClock,
        logger,
        batchSize: config.mailDelivery.batchSize,
      }),
  );
  const started = performance.now();
  const results = await Promise.all(dispatchers.map((d) => d.runOnce()));
  const seconds = (performance.now() - started) / 1000;

  const sent = results.reduce((sum, r) => sum + r.sent, 0);
  const messageIds = smtp.received.map((m) => m.messageId);
  const distinct = new Set(messageIds).size;
  const rowsSent = await db.orm.em.fork().count(OutboxMessage, { status: "SENT" });
  const rowsLeft = await db.orm.em.fork().count(OutboxMessage, { status: { $ne: "SENT" } });
  const { poolSize, batchSize } = config.mailDelivery;
  console.log(
    `\n${MAILS} mails, ${DISPATCHERS} dispatcher(s), pool ${poolSize}, batch ${batchSize}, PostgreSQL, local SMTP sink`,
  );
  console.log(`drained in ${seconds.toFixed(2)} s: ${(sent / seconds).toFixed(0)} mails/s`);
  console.log(`per dispatcher: ${results.map((r) => r.sent).join(", ")}`);
  console.log(`received ${messageIds.length}, distinct Message-IDs ${distinct}`);
  console.log(`rows SENT ${rowsSent}, rows not SENT ${rowsLeft}`);
  const lost = MAILS - distinct;
  const doubled = messageIds.length - distinct;
  console.log(`lost ${lost}, doubled ${doubled}, dispatcher warnings ${problems.length}`);
  for (const line of problems.slice(0, 5)) console.log(`  ${line}`);
  if (lost !== 0 || doubled !== 0 || rowsSent !== MAILS) process.exitCode = 1;
} finally {
  for (const t of transports) t.close();
  await smtp.close();
  await db.close();
}
