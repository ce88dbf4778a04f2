import { itWhen } from "../testing/it-when.ts";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { ManualClock } from "../time/clock.ts";
import { MailDispatcher, type MailDispatcherOptions } from "./dispatcher.ts";
import { OutboxMessage } from "./outbox-message.entity.ts";
import { queueMail } from "./outbox.ts";
import { freePort } from "../testing/free-port.ts";
import {
  recordingMailLogger,
  startSmtpTestServer,
  type SmtpTestServer,
} from "../testing/smtp-test-server.ts";
import { loadConfig } from "@cws/config";
import { createMailTransport, type MailTransport } from "./transports.ts";

const FROM = "みらい損害保険 <no-reply@example-insurance.test>";
const BASE_DELAY = 30_000;

describe.each(testDatabaseKinds())("mail dispatcher over SMTP on %s", (kind) => {
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

  function dispatcherFor(smtpUrl: string, options: Partial<MailDispatcherOptions> = {}) {
    const transport = createMailTransport(loadConfig({ SMTP_URL: smtpUrl, MAIL_FROM: FROM }));
    transports.push(transport);
    // Jitter pinned to zero so the backoff schedule is exact.
    const logger = recordingMailLogger().logger;
    return new MailDispatcher({
      orm: db.orm,
      transport,
      from: FROM,
      clock,
      logger,
      baseDelayMs: BASE_DELAY,
      random: () => 0,
      ...options,
    });
  }

  async function queue(to: string, subject: string): Promise<string> {
    const em = db.orm.em.fork();
    const message = queueMail(em, {
      to,
      kind: "test",
      content: { subject, text: `本文 ${subject}`, html: `<p>${subject}</p>` },
      now: clock.now(),
    });
    await em.flush();
    return message.id;
  }

  const reload = (id: string) => db.orm.em.fork().findOneOrFail(OutboxMessage, id);

  it("delivers a queued message exactly once, with its subject, sender and a stable Message-ID", async () => {
    const smtp = await startSmtpTestServer();
    servers.push(smtp);
    const dispatcher = dispatcherFor(`smtp://127.0.0.1:${smtp.port}`);
    const id = await queue("taro@example.test", "【みらい損害保険】初回利用登録に関するご案内");

    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.subject).toBe("【みらい損害保険】初回利用登録に関するご案内");
    expect(mail!.envelopeFrom).toBe("no-reply@example-insurance.test");
    expect(mail!.headers["from"]).toContain("no-reply@example-insurance.test");
    expect(mail!.envelopeTo).toEqual(["taro@example.test"]);
    expect(mail!.messageId).toBe(`<${id}@example-insurance.test>`);
    const row = await reload(id);
    expect(row.status).toBe("SENT");
    expect(row.sentAt).toEqual(clock.now());
    expect(row.lastError).toBeNull();
    // The delivered body (which may hold a link token) no longer stays in the database.
    expect(row.textBody).not.toContain("初回利用登録");
    expect(row.textBody).toContain("removed after delivery");
  });

  it("keeps a message queued while SMTP is down and delivers it once, after the backoff, when it is back", async () => {
    const port = await freePort();
    const dispatcher = dispatcherFor(`smtp://127.0.0.1:${port}`);
    const id = await queue("hanako@example.test", "停止中に送信");
    const queuedAt = clock.now();

    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    let row = await reload(id);
    expect(row.status).toBe("PENDING");
    expect(row.attempts).toBe(1);
    expect(row.nextAttemptAt.getTime()).toBe(queuedAt.getTime() + BASE_DELAY);
    expect(row.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);

    // Nothing is due before nextAttemptAt, even once the server is back.
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    const smtp = await startSmtpTestServer(port);
    servers.push(smtp);
    clock.advance(BASE_DELAY - 1000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);

    clock.advance(1000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    clock.advance(3_600_000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(smtp.received.map((m) => m.subject)).toEqual(["停止中に送信"]);
    row = await reload(id);
    expect(row.status).toBe("SENT");
    expect(row.attempts).toBe(2);
  });

  it(
    "doubles the wait after each transient refusal and keeps " +
      "the message pending (no give-up after a few attempts)",
    async () => {
      const smtp = await startSmtpTestServer(0, {
        onRcptTo(_address, _session, callback) {
          callback(Object.assign(new Error("mailbox busy, try later"), { responseCode: 450 }));
        },
      });
      servers.push(smtp);
      const dispatcher = dispatcherFor(`smtp://127.0.0.1:${smtp.port}`);
      const id = await queue("busy@example.test", "再送");
      const start = clock.now().getTime();

      expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      expect((await reload(id)).nextAttemptAt.getTime()).toBe(start + BASE_DELAY);
      clock.set(new Date(start + BASE_DELAY));
      expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      expect((await reload(id)).nextAttemptAt.getTime()).toBe(start + BASE_DELAY + 2 * BASE_DELAY);
      clock.set(new Date(start + 3 * BASE_DELAY));
      expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });

      const row = await reload(id);
      expect(row.status).toBe("PENDING");
      expect(row.attempts).toBe(3);
      expect(row.lastError).toContain("450");
      expect(row.textBody).toContain("本文");
      expect(smtp.received).toHaveLength(0);
    },
  );

  it("gives up at once on a permanent refusal of the recipient", async () => {
    const smtp = await startSmtpTestServer(0, {
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error("no such user"), { responseCode: 550 }));
      },
    });
    servers.push(smtp);
    const id = await queue("nobody@example.test", "宛先不明");
    expect(await dispatcherFor(`smtp://127.0.0.1:${smtp.port}`).runOnce()).toEqual({
      sent: 0,
      retried: 0,
      failed: 1,
    });
    const row = await reload(id);
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(1);
  });

  it("never writes the SMTP credentials into lastError, even when the server echoes them", async () => {
    const smtp = await startSmtpTestServer(0, {
      authOptional: false,
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        callback(new Error(`login refused for ${auth.username} with ${auth.password}`));
      },
    });
    servers.push(smtp);
    const id = await queue("taro@example.test", "認証");
    const dispatcher = dispatcherFor(`smtp://mailer:S3cr3t%2Fpa55@127.0.0.1:${smtp.port}`);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const row = await reload(id);
    expect(row.lastError).toContain("EAUTH");
    expect(row.lastError).not.toMatch(/S3cr3t|pa55|mailer/);
  });

  it("stops a run at the first connection failure instead of trying every message against a dead server", async () => {
    const port = await freePort();
    await queue("a@example.test", "1");
    await queue("b@example.test", "2");
    expect(await dispatcherFor(`smtp://127.0.0.1:${port}`).runOnce()).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
    });
    // One message was tried; the other was left for the next run, not charged an attempt.
    const rows = await db.orm.em.fork().find(OutboxMessage, {});
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 1]);
  });

  itWhen(
    kind === "postgresql",
    "two dispatchers running at once deliver each of 100 messages exactly once " +
      "(PostgreSQL only: PGlite has one connection, so SKIP LOCKED never gets to skip)",
    async () => {
      const smtp = await startSmtpTestServer(0, { delayMs: 20 });
      servers.push(smtp);
      const url = `smtp://127.0.0.1:${smtp.port}`;
      const a = dispatcherFor(url, { batchSize: 10 });
      const b = dispatcherFor(url, { batchSize: 10 });
      const ids = new Set<string>();
      for (let i = 0; i < 100; i++) ids.add(await queue(`user${i}@example.test`, `並行 ${i}`));

      // Each run drains what it can claim; both run at once over the same backlog.
      const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
      const sentA = ra.sent;
      const sentB = rb.sent;

      expect(sentA + sentB).toBe(100);
      // Both did part of the work, so the two really overlapped.
      expect(sentA).toBeGreaterThan(0);
      expect(sentB).toBeGreaterThan(0);
      const receivedIds = smtp.received.map((m) => /^<([^@]+)@/.exec(m.messageId)?.[1]);
      expect(receivedIds).toHaveLength(100);
      expect(new Set(receivedIds)).toEqual(ids);
      expect(await db.orm.em.fork().count(OutboxMessage, { status: "SENT" })).toBe(100);
    },
  );
});
