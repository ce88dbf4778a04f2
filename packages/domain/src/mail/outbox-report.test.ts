import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { ManualClock } from "../time/clock.ts";
import { OutboxMessage } from "./outbox-message.entity.ts";
import { queueMail } from "./outbox.ts";
import { outboxMetrics, undeliveredMails } from "./outbox-report.ts";

const content = { subject: "件名", text: "本文", html: "<p>本文</p>" };

describe.each(testDatabaseKinds())("outbox report on %s", (kind) => {
  let db: TestDatabase;
  const clock = new ManualClock("2026-11-25T01:00:00Z");

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it("lists given-up mails for staff, newest first, and counts the outbox for metrics", async () => {
    const em = db.orm.em.fork();
    const t0 = clock.now();
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    queueMail(em, { to: "old@example.test", kind: "test", content, now: t0 });
    queueMail(em, { to: "new@example.test", kind: "test", content, now: at(10) });
    const refused = queueMail(em, {
      to: "refused@example.test",
      kind: "settings-changed",
      content,
      now: at(1),
    });
    const expired = queueMail(em, {
      to: "late@example.test",
      kind: "credential-reset",
      content,
      now: at(2),
      linkExpiresAt: at(60),
    });
    const sent = queueMail(em, { to: "ok@example.test", kind: "test", content, now: at(3) });
    Object.assign(refused, {
      status: "FAILED",
      attempts: 1,
      lastError: "EENVELOPE: 550 no such user",
      gaveUpAt: at(5),
    });
    Object.assign(expired, {
      status: "GAVE_UP",
      attempts: 14,
      lastError: "ECONNECTION: refused",
      gaveUpAt: at(58),
      bodyErasedAt: at(60),
    });
    Object.assign(sent, { status: "SENT", attempts: 1, sentAt: at(3) });
    await em.flush();

    const undelivered = await undeliveredMails(db.orm.em.fork(), { limit: 10 });
    expect(undelivered).toEqual([
      {
        id: expired.id,
        kind: "credential-reset",
        to: "late@example.test",
        subject: "件名",
        status: "GAVE_UP",
        attempts: 14,
        lastError: "ECONNECTION: refused",
        createdAt: at(2),
        gaveUpAt: at(58),
        bodyKept: false,
      },
      {
        id: refused.id,
        kind: "settings-changed",
        to: "refused@example.test",
        subject: "件名",
        status: "FAILED",
        attempts: 1,
        lastError: "EENVELOPE: 550 no such user",
        createdAt: at(1),
        gaveUpAt: at(5),
        bodyKept: true,
      },
    ]);
    expect(await undeliveredMails(db.orm.em.fork(), { limit: 10, since: at(30) })).toHaveLength(1);

    expect(await outboxMetrics(db.orm.em.fork(), at(15))).toEqual({
      byStatus: { PENDING: 2, SENT: 1, FAILED: 1, GAVE_UP: 1, CAPTURED: 0, SUPERSEDED: 0 },
      oldestPendingAgeSeconds: 15 * 60,
    });
    await db.orm.em.fork().nativeDelete(OutboxMessage, {});
    expect((await outboxMetrics(db.orm.em.fork(), at(15))).oldestPendingAgeSeconds).toBe(0);
  });
});
