import { loadConfig } from "@cws/config";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Account } from "../accounts/account.entity.ts";
import { OutboxMessage } from "../mail/outbox-message.entity.ts";
import { newContract, newPolicyholder } from "../testing/contract-fixtures.ts";
import { openTestDatabase, type TestDatabase } from "../testing/test-database.ts";
import { ManualClock } from "../time/clock.ts";
import { ReminderScheduler } from "./reminder-scheduler.ts";

vi.setConfig({ testTimeout: 120_000 });

describe("the renewal reminder scheduler", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
  });
  afterAll(() => db?.close());

  it("runs a pass as soon as it starts, logs counts but no address, and stops cleanly", async () => {
    const em = db.orm.em.fork();
    const policyholder = newPolicyholder(em);
    const email = `scheduler.${policyholder.employeeNumber}@example.com`;
    const at = new Date("2026-01-01T00:00:00Z");
    em.create(Account, {
      policyholder,
      userId: email,
      userIdKey: email,
      email,
      passwordHash: "argon2id$not-used",
      passwordChangedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    newContract(em, policyholder, { endsOn: "2027-01-24" });
    await em.flush();

    const lines: unknown[] = [];
    const logger = {
      info: (fields: Record<string, unknown>) => lines.push(fields),
      warn: (fields: Record<string, unknown>) => lines.push(fields),
      error: (fields: Record<string, unknown>) => lines.push(fields),
    };
    const scheduler = new ReminderScheduler({
      orm: db.orm,
      config: loadConfig({ NODE_ENV: "test" }),
      clock: new ManualClock("2026-11-25T09:00:00+09:00"),
      logger,
    });
    scheduler.start();
    const count = () =>
      db.orm.em.fork().count(OutboxMessage, { kind: "renewal-reminder", toAddress: email });
    await vi.waitFor(async () => expect(await count()).toBe(1), { timeout: 60_000 });
    await scheduler.stop();
    expect(lines).toContainEqual({
      event: "renewal_reminders_queued",
      WINDOW_OPENED: 1,
      BEFORE_EXPIRY: 0,
    });
    expect(JSON.stringify(lines)).not.toContain("@example.com");
  });
});
