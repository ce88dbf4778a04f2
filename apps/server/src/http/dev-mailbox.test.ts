import { loadConfig } from "@cws/config";
import { queueMail } from "@cws/domain";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@cws/domain/testing";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devMailboxEnabled, registerDevMailbox } from "./dev-mailbox.ts";

describe("devMailboxEnabled", () => {
  it("is on only outside production while mail is captured", () => {
    expect(devMailboxEnabled(loadConfig({ NODE_ENV: "development" }))).toBe(true);
    expect(devMailboxEnabled(loadConfig({ NODE_ENV: "test" }))).toBe(true);
    expect(
      devMailboxEnabled(loadConfig({ NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:2525" })),
    ).toBe(false);
    expect(
      devMailboxEnabled(loadConfig({ NODE_ENV: "production", SMTP_URL: "smtp://127.0.0.1:2525" })),
    ).toBe(false);
    // Production refuses to start without SMTP, but the rule alone must also say no.
    expect(
      devMailboxEnabled({
        production: true,
        mail: { smtpUrl: null, from: "a@b.test", dispatch: "inline" },
      }),
    ).toBe(false);
  });
});

describe.each(testDatabaseKinds())("the /dev/mailbox route on %s", (kind) => {
  let db: TestDatabase;
  const app = Fastify({ logger: false });
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    registerDevMailbox(app, db.orm);
  });
  afterAll(async () => {
    await app.close();
    await db?.close();
  });

  it("answers the outbox as JSON, newest first, with links, and never cached", async () => {
    const em = db.orm.em.fork();
    const at = new Date("2026-11-25T01:00:00Z");
    queueMail(em, {
      to: "taro@example.test",
      kind: "test",
      content: { subject: "古い", text: "https://cws.example.test/link#a\n", html: "<p>a</p>" },
      now: at,
    });
    queueMail(em, {
      to: "taro@example.test",
      kind: "test",
      content: { subject: "新しい", text: "本文", html: "<p>b</p>" },
      now: new Date(at.getTime() + 1000),
    });
    await em.flush();

    const response = await app.inject({ method: "GET", url: "/dev/mailbox" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    const { messages } = response.json() as {
      messages: {
        subject: string;
        to: string;
        links: string[];
        status: string;
        createdAt: string;
      }[];
    };
    expect(messages.map((m) => m.subject)).toEqual(["新しい", "古い"]);
    expect(messages[1]).toMatchObject({
      to: "taro@example.test",
      status: "PENDING",
      links: ["https://cws.example.test/link#a"],
      createdAt: at.toISOString(),
    });

    expect(
      (await app.inject({ method: "GET", url: "/dev/mailbox?limit=1" })).json().messages,
    ).toHaveLength(1);
    expect(
      (await app.inject({ method: "GET", url: "/dev/mailbox?limit=nonsense" })).json().messages,
    ).toHaveLength(2);
  });
});
