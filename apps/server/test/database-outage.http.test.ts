import { loadConfig } from "@cws/config";
import { ManualClock, openOrm } from "@cws/domain";
import { freePort } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";

describe("a database outage", () => {
  let url: string;
  let close: () => Promise<unknown>;
  beforeAll(async () => {
    // Nothing listens there: every connection is refused, as when PostgreSQL is down.
    const orm = await openOrm({
      kind: "postgresql",
      url: `postgres://postgres@127.0.0.1:${await freePort()}/cws`,
      timeouts: { connectMs: 1000, statementMs: 2000, lockMs: 1000 },
    });
    const config = loadConfig({
      NODE_ENV: "test",
      DATABASE_URL: "pglite:memory",
      MAINTENANCE_WINDOW: "off",
    });
    const app = await buildApp({
      config,
      orm,
      clock: new ManualClock("2026-11-25T10:00:00+09:00"),
      logger: false,
      serveWebApp: false,
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    close = async () => {
      await app.close();
      await orm.close(true);
    };
  });
  afterAll(() => close?.());

  it("answers 503 SERVICE_UNAVAILABLE with Retry-After in the one error shape, not a 500", async () => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query:
          'mutation { login(input: { userId: "taro@example.com", password: "Secret-2026xy" }) { __typename } }',
      }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const body = (await response.json()) as {
      errors: { extensions: { code: string; message: { ja: string; en: string } } }[];
    };
    expect(body.errors[0]!.extensions).toEqual({
      code: "SERVICE_UNAVAILABLE",
      message: {
        ja: expect.stringContaining("しばらく時間をおいて"),
        en: expect.stringContaining("unavailable"),
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
  });
});
