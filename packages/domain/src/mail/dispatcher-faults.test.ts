// Fault tests of the outbox dispatcher against a real SMTP server on loopback: a long outage,
// a slow relay, an expired claim, and a backlog. The test clock stands in for minutes and days.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@cws/config";
import { freePort } from "../testing/free-port.ts";
import { itWhen } from "../testing/it-when.ts";
import {
  recordingMailLogger,
  startSmtpTestServer,
  type SmtpTestServer,
} from "../testing/smtp-test-server.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { ManualClock } from "../time/clock.ts";
import { MailDispatcher, type MailDispatcherOptions } from "./dispatcher.ts";
import { OutboxMessage } from "./outbox-message.entity.ts";
import { queueMail } from "./outbox.ts";
import { createMailTransport, type MailTransport, type OutgoingMail } from "./transports.ts";

const FROM = "みらい損害保険 <no-reply@example-insurance.test>";
const MINUTE = 60_000;

describe.each(testDatabaseKinds())("mail dispatcher faults on %s", (kind) => {
  let db: TestDatabase;
  const servers: SmtpTestServer[] = [];
  const transports: MailTransport[] = [];
  const clock = new ManualClock("2026-11-25T01:00:00Z");

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    for (const t of transports.splice(0)) t.close();
    await db.orm.em.fork().nativeDelete(OutboxMessage, {});
  });
  afterAll(() => db?.close());

  function dispatcherFor(transport: MailTransport, options: Partial<MailDispatcherOptions> = {}) {
    transports.push(transport);
    return new MailDispatcher({
      orm: db.orm,
      transport,
      from: FROM,
      clock,
      logger: recordingMailLogger().logger,
      random: () => 0,
      ...options,
    });
  }
  const smtpTo = (port: number, env: Record<string, string> = {}) =>
    createMailTransport(
      loadConfig({ MAIL_FROM: FROM, SMTP_URL: `smtp://127.0.0.1:${port}`, ...env }),
    );

  async function queue(subject: string, linkExpiresAt?: Date): Promise<string> {
    const em = db.orm.em.fork();
    const content = {
      subject,
      text: `本文 ${subject} https://cws.example.test/link#tok`,
      html: `<p>${subject}</p>`,
    };
    const message = queueMail(em, {
      to: "taro@example.test",
      kind: "test",
      content,
      now: clock.now(),
      linkExpiresAt,
    });
    await em.flush();
    return message.id;
  }
  const reload = (id: string) => db.orm.em.fork().findOneOrFail(OutboxMessage, id);

  it(
    "keeps retrying through an outage far longer than the old " +
      "give-up, at most every 5 minutes, logging each failure",
    async () => {
      const port = await freePort();
      const { logger, lines } = recordingMailLogger();
      const dispatcher = dispatcherFor(smtpTo(port), {
        logger,
        baseDelayMs: 30_000,
        maxDelayMs: 5 * MINUTE,
      });
      const id = await queue("長い停止");
      const delays: number[] = [];
      for (let attempt = 1; attempt <= 12; attempt++) {
        const before = clock.now().getTime();
        expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
        const row = await reload(id);
        expect(row.status).toBe("PENDING");
        expect(row.attempts).toBe(attempt);
        delays.push(row.nextAttemptAt.getTime() - before);
        clock.set(row.nextAttemptAt);
      }
      // 30 s, 1, 2, 4 min, then capped at 5 min: about 45 minutes without a give-up.
      expect(delays.slice(0, 5)).toEqual([30_000, MINUTE, 2 * MINUTE, 4 * MINUTE, 5 * MINUTE]);
      expect(Math.max(...delays)).toBe(5 * MINUTE);
      const failures = lines.filter((l) => l.fields["event"] === "mail_attempt_failed");
      expect(failures).toHaveLength(12);
      expect(failures[11]!.fields).toMatchObject({ mailId: id, attempts: 12, kind: "test" });
      expect(String(failures[11]!.fields["error"])).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
      // A log line never carries the mail's text or its address.
      expect(JSON.stringify(lines)).not.toMatch(/本文|taro@/);
      expect((await reload(id)).textBody).toContain("本文 長い停止");

      const smtp = await startSmtpTestServer(port);
      servers.push(smtp);
      expect(await dispatcher.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(smtp.received.map((m) => m.subject)).toEqual(["長い停止"]);
    },
  );

  it(
    "gives a link mail up when its link expires, keeps reason " +
      "and attempts, and erases the body only once the link is dead",
    async () => {
      const port = await freePort();
      const { logger, lines } = recordingMailLogger();
      const dispatcher = dispatcherFor(smtpTo(port), {
        logger,
        baseDelayMs: 30_000,
        maxDelayMs: 5 * MINUTE,
      });
      const linkExpiresAt = new Date(clock.now().getTime() + 20 * MINUTE);
      const id = await queue("期限付きリンク", linkExpiresAt);
      let result = await dispatcher.runOnce();
      while (result.retried === 1) {
        clock.set((await reload(id)).nextAttemptAt);
        result = await dispatcher.runOnce();
      }
      expect(result).toEqual({ sent: 0, retried: 0, failed: 1 });
      const row = await reload(id);
      expect(row.status).toBe("GAVE_UP");
      expect(row.attempts).toBeGreaterThanOrEqual(5);
      expect(row.lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
      expect(row.gaveUpAt).toEqual(clock.now());
      expect(clock.now().getTime()).toBeLessThan(linkExpiresAt.getTime());
      expect(lines.filter((l) => l.fields["event"] === "mail_gave_up")).toEqual([
        expect.objectContaining({
          level: "error",
          fields: expect.objectContaining({
            mailId: id,
            attempts: row.attempts,
            status: "GAVE_UP",
          }),
        }),
      ]);
      // The link still works for a few minutes: the body stays for staff until it is dead.
      expect(row.textBody).toContain("本文");

      clock.set(linkExpiresAt);
      await dispatcher.runOnce();
      const erased = await reload(id);
      expect(erased.textBody).not.toContain("本文 期限付きリンク");
      expect(erased.bodyErasedAt).toEqual(clock.now());
      expect(erased).toMatchObject({
        status: "GAVE_UP",
        attempts: row.attempts,
        lastError: row.lastError,
      });
    },
  );

  it("gives a mail without a link up after the configured age and keeps its body", async () => {
    const port = await freePort();
    const dispatcher = dispatcherFor(smtpTo(port), {
      baseDelayMs: 30_000,
      maxDelayMs: 5 * MINUTE,
      maxAgeMs: 30 * MINUTE,
    });
    const queuedAt = clock.now().getTime();
    const id = await queue("通知");
    let result = await dispatcher.runOnce();
    while (result.retried === 1) {
      clock.set((await reload(id)).nextAttemptAt);
      result = await dispatcher.runOnce();
    }
    const row = await reload(id);
    expect(row.status).toBe("GAVE_UP");
    expect(clock.now().getTime() - queuedAt).toBeGreaterThan(25 * MINUTE);
    expect(clock.now().getTime() - queuedAt).toBeLessThan(30 * MINUTE);
    clock.advance(7 * 24 * 60 * MINUTE);
    await dispatcher.runOnce();
    expect((await reload(id)).textBody).toContain("本文 通知");
  });

  it("keeps one Message-ID in the row across retries and sends it", async () => {
    let refusals = 1;
    const smtp = await startSmtpTestServer(0, {
      onRcptTo(_address, _session, callback) {
        if (refusals-- > 0)
          return callback(Object.assign(new Error("busy, try later"), { responseCode: 450 }));
        callback();
      },
    });
    servers.push(smtp);
    const dispatcher = dispatcherFor(smtpTo(smtp.port));
    const id = await queue("再送");
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const messageId = (await reload(id)).messageId;
    expect(messageId).toBe(`<${id}@example-insurance.test>`);
    clock.set((await reload(id)).nextAttemptAt);
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received.map((m) => m.messageId)).toEqual([messageId]);
    expect((await reload(id)).messageId).toBe(messageId);
  });

  it("does not let a dispatcher whose claim expired overwrite the result of the claim that replaced it", async () => {
    const smtp = await startSmtpTestServer();
    servers.push(smtp);
    let release: (error: Error) => void = () => {};
    let started: () => void = () => {};
    const sendStarted = new Promise<void>((resolve) => (started = resolve));
    const stuck: MailTransport = {
      captures: false,
      concurrency: 1,
      maxSendMs: 1000,
      send: (_mail: OutgoingMail) => {
        started();
        return new Promise<void>((_resolve, reject) => (release = reject));
      },
      close: () => {},
    };
    const a = dispatcherFor(stuck);
    const b = dispatcherFor(smtpTo(smtp.port));
    const id = await queue("リース");

    const runA = a.runOnce();
    await sendStarted;
    // Within A's lease nobody else may take the row.
    expect(await b.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock.advance(a.leaseMs + 1);
    expect(await b.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    release(new Error("timed out"));
    expect(await runA).toEqual({ sent: 0, retried: 0, failed: 0 });

    const row = await reload(id);
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(smtp.received).toHaveLength(1);
  });

  it("drains a backlog in one run over a few pooled connections", async () => {
    let connections = 0;
    const smtp = await startSmtpTestServer(0, {
      onConnect(_session, callback) {
        connections += 1;
        callback();
      },
    });
    servers.push(smtp);
    const dispatcher = dispatcherFor(
      smtpTo(smtp.port, { SMTP_POOL_SIZE: "3", MAIL_BATCH_SIZE: "10" }),
    );
    for (let i = 0; i < 45; i++) await queue(`一括 ${i}`);
    expect(await dispatcher.runOnce()).toEqual({ sent: 45, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(45);
    expect(connections).toBeLessThanOrEqual(3);
  });

  // Slow on purpose (a relay that answers after 11 s); the database plays no part, so once is enough.
  itWhen(
    kind === testDatabaseKinds()[0],
    "delivers once to a relay that acknowledges after more than 10 s",
    async () => {
      const smtp = await startSmtpTestServer(0, { delayMs: 11_000 });
      servers.push(smtp);
      const dispatcher = dispatcherFor(smtpTo(smtp.port));
      const id = await queue("遅い中継");
      expect(await dispatcher.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
      clock.advance(60 * MINUTE);
      expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      expect((await reload(id)).status).toBe("SENT");
    },
    40_000,
  );
});
