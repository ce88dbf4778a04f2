import { GraphQLRequestError } from "@cws/client";
import { ServiceStatusDocument } from "@cws/client/gql";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

describe.each(testDatabaseKinds())("HTTP server on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { GRAPHQL_EXPLORER: "on" });
  });
  afterAll(() => server?.close());

  it("answers /healthz and /readyz", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it("tells the service status and branding through the generated client", async () => {
    server.clock.set("2026-11-30T01:59:00+09:00");
    const data = await server.client().execute(ServiceStatusDocument);
    expect(data.serviceStatus).toEqual({
      open: true,
      reopensAt: null,
      nextMaintenanceStartsAt: "2026-11-29T17:00:00.000Z",
      nextMaintenanceEndsAt: "2026-11-29T19:00:00.000Z",
      message: null,
    });
    expect(data.branding.desk.name).toBe("インターネットデスク");
    expect(data.passwordPolicy).toEqual({ minLength: 8, maxLength: 128 });
  });

  it("still answers serviceStatus during the Monday window, with the reopening time", async () => {
    server.clock.set("2026-11-30T02:00:00+09:00");
    const data = await server.client().execute(ServiceStatusDocument);
    expect(data.serviceStatus.open).toBe(false);
    expect(data.serviceStatus.reopensAt).toBe("2026-11-29T19:00:00.000Z");
    expect(data.serviceStatus.message?.ja).toContain("2026年11月30日 4:00");
  });

  it("answers malformed requests with GraphQL errors and never a stack trace", async () => {
    server.clock.set("2026-11-25T10:00:00+09:00");
    for (const body of [
      '{"query": "{ serviceStatus { open "}',
      '{"query": "{ doesNotExist }"}',
      '{"query": 42}',
    ]) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(JSON.parse(text).errors[0].extensions.code).toMatch(
        /GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_REQUEST/,
      );
      expect(text).not.toMatch(/stacktrace|\s+at \w+ \(/);
    }
  });

  it("refuses a cross-site simple request (CSRF) and over-deep or over-aliased queries", async () => {
    const csrf = await fetch(`${server.url}/graphql?query=%7B__typename%7D`);
    expect(csrf.status).toBe(400);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: serviceStatus { open }`).join(" ");
    await expect(
      server.client().execute({ toString: () => `{ ${aliases} }` } as never),
    ).rejects.toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
  });

  it("serves the explorer page and its assets locally", async () => {
    const page = await fetch(`${server.url}/explorer`);
    const html = await page.text();
    expect(html).toContain("/explorer/assets/graphiql/graphiql.min.js");
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of [
      "/explorer/assets/graphiql/graphiql.min.js",
      "/explorer/assets/react/react.production.min.js",
      "/explorer/assets/react-dom/react-dom.production.min.js",
      "/explorer/init.js",
    ]) {
      expect((await fetch(server.url + asset)).status, asset).toBe(200);
    }
  });
});

describe("explorer and introspection in production", () => {
  it("are off unless switched on", async () => {
    const server = await startTestServer("pglite", {
      NODE_ENV: "production",
      SMTP_URL: "smtp://127.0.0.1:2525",
    });
    try {
      expect((await fetch(`${server.url}/explorer`)).status).toBe(404);
      await expect(
        server.client().execute({ toString: () => "{ __schema { types { name } } }" } as never),
      ).rejects.toBeInstanceOf(GraphQLRequestError);
    } finally {
      await server.close();
    }
  });
});
