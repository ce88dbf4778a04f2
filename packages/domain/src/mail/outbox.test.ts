import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { ManualClock } from "../time/clock.ts";
import { MailDispatcher } from "./dispatcher.ts";
import { listMailbox } from "./mailbox.ts";
import { OutboxMessage } from "./outbox-message.entity.ts";
import { queueMail } from "./outbox.ts";
import { registrationInvitationMail } from "./templates/registration-invitation.ts";
import { createMailTransport, messageIdFor } from "./transports.ts";
import { loadConfig } from "@cws/config";
import { recordingMailLogger } from "../testing/smtp-test-server.ts";

const config = loadConfig({});
const content = {
  subject: "件名",
  text: "本文\nhttps://cws.example.test/link#abc\n",
  html: "<p>本文</p>",
};

describe.each(testDatabaseKinds())("mail outbox on %s", (kind) => {
  let db: TestDatabase;
  const statements: string[] = [];
  const clock = new ManualClock("2026-11-25T01:00:00Z");

  beforeAll(async () => {
    db = await openTestDatabase(kind, { onQuery: (sql) => statements.push(sql) });
  });
  afterEach(async () => {
    await db.orm.em.fork().nativeDelete(OutboxMessage, {});
  });
  afterAll(() => db?.close());

  it("matches its migration: the schema diff has nothing to say about mail_outbox", async () => {
    expect(await db.orm.schema.getUpdateSchemaSQL({ wrap: false })).not.toContain("mail_outbox");
  });

  it("queues in the caller's unit of work: nothing before the flush, a PENDING row after it", async () => {
    const em = db.orm.em.fork();
    const queued = queueMail(em, {
      to: "taro@example.test",
      kind: "test",
      content,
      now: clock.now(),
    });
    expect(await db.orm.em.fork().count(OutboxMessage)).toBe(0);
    await em.flush();
    const row = await db.orm.em.fork().findOneOrFail(OutboxMessage, queued.id);
    expect(row).toMatchObject({
      toAddress: "taro@example.test",
      kind: "test",
      subject: "件名",
      status: "PENDING",
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    expect(row.nextAttemptAt).toEqual(clock.now());
  });

  it("commits with the business transaction: a transaction that throws leaves no outbox row", async () => {
    await expect(
      db.orm.em.fork().transactional(async (tem) => {
        queueMail(tem, { to: "taro@example.test", kind: "test", content, now: clock.now() });
        await tem.flush();
        throw new Error("the business change failed");
      }),
    ).rejects.toThrow("the business change failed");
    expect(await db.orm.em.fork().count(OutboxMessage)).toBe(0);

    await db.orm.em.fork().transactional(async (tem) => {
      queueMail(tem, { to: "taro@example.test", kind: "test", content, now: clock.now() });
    });
    expect(await db.orm.em.fork().count(OutboxMessage)).toBe(1);
  });

  it("refuses an address with a line break or without @", () => {
    const em = db.orm.em.fork();
    expect(() =>
      queueMail(em, { to: "a@b.test\r\nBcc: x@y.test", kind: "t", content, now: clock.now() }),
    ).toThrow(RangeError);
    expect(() => queueMail(em, { to: "nobody", kind: "t", content, now: clock.now() })).toThrow(
      RangeError,
    );
  });

  it("claims messages with FOR UPDATE SKIP LOCKED", async () => {
    const em = db.orm.em.fork();
    queueMail(em, { to: "taro@example.test", kind: "test", content, now: clock.now() });
    await em.flush();
    statements.length = 0;
    const dispatcher = new MailDispatcher({
      orm: db.orm,
      transport: createMailTransport(config),
      from: config.mail.from,
      clock,
      logger: recordingMailLogger().logger,
    });
    await dispatcher.runOnce();
    expect(statements.some((s) => /from "mail_outbox".*for update skip locked/is.test(s))).toBe(
      true,
    );
  });

  it(
    "captures instead of sending in development, and the " +
      "mailbox shows the mail newest first with its links",
    async () => {
      const transport = createMailTransport(config);
      expect(transport.captures).toBe(true);
      const em = db.orm.em.fork();
      const link = "https://cws.example.test/link#tok_123";
      const mail = registrationInvitationMail({
        branding: config.branding,
        link,
        expiresAt: new Date("2026-11-27T01:00:00Z"),
        timeZone: config.timeZone,
      });
      const first = queueMail(em, {
        to: "taro@example.test",
        kind: "registration-invitation",
        content: mail,
        now: clock.now(),
      });
      const second = queueMail(em, {
        to: "hanako@example.test",
        kind: "test",
        content,
        now: new Date(clock.now().getTime() + 1000),
      });
      await em.flush();
      clock.advance(1000);

      const dispatcher = new MailDispatcher({
        orm: db.orm,
        transport,
        from: config.mail.from,
        clock,
        logger: recordingMailLogger().logger,
      });
      expect(await dispatcher.runOnce()).toEqual({ sent: 2, retried: 0, failed: 0 });
      const row = await db.orm.em.fork().findOneOrFail(OutboxMessage, first.id);
      expect(row.status).toBe("CAPTURED");
      expect(row.sentAt).toEqual(clock.now());

      const mailbox = await listMailbox(db.orm.em.fork(), { limit: 10 });
      expect(mailbox.map((m) => m.id)).toEqual([second.id, first.id]);
      expect(mailbox[1]).toMatchObject({
        to: "taro@example.test",
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        status: "CAPTURED",
        links: [link],
      });
      expect(mailbox[0]!.links).toEqual(["https://cws.example.test/link#abc"]);
      expect(await listMailbox(db.orm.em.fork(), { limit: 1 })).toHaveLength(1);
    },
  );

  it("starts and stops a background loop that delivers what is queued", async () => {
    const dispatcher = new MailDispatcher({
      orm: db.orm,
      transport: createMailTransport(config),
      from: config.mail.from,
      clock,
      logger: recordingMailLogger().logger,
    });
    const em = db.orm.em.fork();
    const queued = queueMail(em, {
      to: "taro@example.test",
      kind: "test",
      content,
      now: clock.now(),
    });
    await em.flush();
    dispatcher.start(10);
    await expect
      .poll(async () => (await db.orm.em.fork().findOneOrFail(OutboxMessage, queued.id)).status, {
        timeout: 5000,
      })
      .toBe("CAPTURED");
    await dispatcher.stop();
  });
});

describe("Message-ID", () => {
  it("is the outbox id at the sender's domain, whatever form the sender takes", () => {
    expect(messageIdFor("abc", "no-reply@example-insurance.test")).toBe(
      "<abc@example-insurance.test>",
    );
    expect(messageIdFor("abc", "みらい損害保険 <no-reply@mirai.example>")).toBe(
      "<abc@mirai.example>",
    );
  });
});
