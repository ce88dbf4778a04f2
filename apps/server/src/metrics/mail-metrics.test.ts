import { loadConfig } from "@cws/config";
import { createMailDispatch, ManualClock, queueMail } from "@cws/domain";
import {
  freePort,
  openTestDatabase,
  recordingMailLogger,
  startSmtpTestServer,
  type TestDatabase,
} from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countMailRuns, createMetrics } from "./metrics.ts";

/** The value of one series in Prometheus' text format, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : undefined;
}

describe("mail counters on /metrics", () => {
  let db: TestDatabase;
  const clock = new ManualClock("2026-11-25T01:00:00Z");
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
  });
  afterAll(() => db?.close());

  async function queue(to: string) {
    const em = db.orm.em.fork();
    queueMail(em, {
      to,
      kind: "test",
      content: { subject: "件名", text: "本文", html: "<p>本文</p>" },
      now: clock.now(),
    });
    await em.flush();
  }

  /** A dispatcher wired exactly as main.ts wires it: its runs counted into the app's metrics. */
  function dispatchTo(smtpUrl: string, metrics: ReturnType<typeof createMetrics>) {
    const config = loadConfig({ SMTP_URL: smtpUrl, MAIL_MAX_AGE_HOURS: "1" });
    return createMailDispatch(
      config,
      db.orm,
      clock,
      recordingMailLogger().logger,
      countMailRuns(metrics),
    );
  }

  it("counts sent mails, retried failures and given-up mails as the dispatcher reports them", async () => {
    const metrics = createMetrics(db.orm);
    const smtp = await startSmtpTestServer();
    const working = dispatchTo(`smtp://127.0.0.1:${smtp.port}`, metrics);
    await queue("a@example.test");
    await queue("b@example.test");
    await working.dispatcher.runOnce();
    await working.stop();
    await smtp.close();

    let text = await metrics.registry.metrics();
    expect(sample(text, "cws_mail_sent_total")).toBe(2);

    // A relay that refuses connections: the mail is retried later, not lost.
    const down = dispatchTo(`smtp://127.0.0.1:${await freePort()}`, metrics);
    await queue("c@example.test");
    await down.dispatcher.runOnce();
    text = await metrics.registry.metrics();
    expect(sample(text, 'cws_mail_failures_total{final="false"}')).toBe(1);
    expect(sample(text, 'cws_mail_failures_total{final="true"}')).toBeUndefined();

    // Past the maximum age the next failed attempt gives the mail up, and says so.
    clock.advance(2 * 60 * 60 * 1000);
    await down.dispatcher.runOnce();
    await down.stop();
    text = await metrics.registry.metrics();
    expect(sample(text, 'cws_mail_failures_total{final="true"}')).toBe(1);
    expect(sample(text, "cws_mail_sent_total")).toBe(2);
  });
});
