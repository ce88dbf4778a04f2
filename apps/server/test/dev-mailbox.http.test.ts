import { loadConfig } from "@cws/config";
import { openTestDatabase, type TestDatabase } from "@cws/domain/testing";
import { ManualClock } from "@cws/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";

// Whether the app mounts the route at all; what it answers is tested beside dev-mailbox.ts.
describe("GET /dev/mailbox in the assembled app", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
  });
  afterAll(() => db?.close());

  async function statusOf(env: Record<string, string>) {
    const config = loadConfig({ DATABASE_URL: "pglite:memory", ...env });
    const app = await buildApp({
      config,
      orm: db.orm,
      clock: new ManualClock("2026-11-25T10:00:00+09:00"),
      logger: false,
      serveWebApp: false,
    });
    try {
      return (await app.inject({ method: "GET", url: "/dev/mailbox" })).statusCode;
    } finally {
      await app.close();
    }
  }

  it("exists in development with the capturing default", async () => {
    expect(await statusOf({ NODE_ENV: "development" })).toBe(200);
  });

  it("does not exist in production", async () => {
    expect(await statusOf({ NODE_ENV: "production", SMTP_URL: "smtp://127.0.0.1:2525" })).toBe(404);
  });

  it("does not exist when mail really goes out over SMTP, even in development", async () => {
    expect(await statusOf({ NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:2525" })).toBe(
      404,
    );
  });
});
