import { loadConfig } from "@cws/config";
import { AuditEvent, ManualClock } from "@cws/domain";
import { openTestDatabase, type TestDatabase } from "@cws/domain/testing";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";

describe("request ids", () => {
  let db: TestDatabase;
  let url: string;
  let close: () => Promise<unknown>;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: "pglite:memory" });
    const app = await buildApp({
      config,
      orm: db.orm,
      clock: new ManualClock("2026-11-25T10:00:00+09:00"),
      loggerInstance: pino({ level: "debug" }, sink),
      serveWebApp: false,
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    close = async () => {
      await app.close();
      await db.close();
    };
  });
  afterAll(() => close?.());

  const login = (headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({
        query:
          'mutation { login(input: { userId: "nobody@example.com", password: "Wrong-2026x" }) { __typename } }',
      }),
    });

  it(
    "keeps a valid incoming X-Request-Id, returns it, and " +
      "puts it on the request's log lines and audit rows",
    async () => {
      const response = await login({ "x-request-id": "lb-4f1c2a9e-0001" });
      expect(response.headers.get("x-request-id")).toBe("lb-4f1c2a9e-0001");
      expect(lines.filter((l) => l.requestId === "lb-4f1c2a9e-0001").map((l) => l.msg)).toContain(
        "request",
      );
      const audit = await db.orm.em
        .fork()
        .findOne(AuditEvent, { type: "LOGIN_FAILED", requestId: "lb-4f1c2a9e-0001" });
      expect(audit).not.toBeNull();
    },
  );

  it("never logs a query string: a GET may carry variables, and so a password", async () => {
    const query = encodeURIComponent("query { me { userId } }");
    await fetch(
      `${url}/graphql?query=${query}&variables=${encodeURIComponent('{"password":"Secret-2026xy"}')}`,
      { headers: { "apollo-require-preflight": "1" } },
    );
    const text = JSON.stringify(lines);
    expect(text).toContain('"path":"/graphql"');
    expect(text).not.toContain("Secret-2026xy");
    expect(text).not.toContain("variables=");
  });

  it(
    "makes a UUID when there is none or the offered one is " +
      "not plausible (too long, spaces, control characters)",
    async () => {
      for (const offered of [
        undefined,
        "x",
        "has spaces in it",
        "a".repeat(200),
        "new\nline-0123456",
      ]) {
        const response = await login(
          offered === undefined ? {} : { "x-request-id": offered.replace("\n", "%0A") },
        );
        expect(response.headers.get("x-request-id")).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
        );
      }
    },
  );
});
