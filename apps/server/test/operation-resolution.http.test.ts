import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

/** Requests whose operation cannot be picked out of the document: the plugins must not crash on them. */
describe.each(testDatabaseKinds())("operation resolution on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function post(body: unknown) {
    const headers = { "content-type": "application/json" };
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    type Body = { errors?: { message: string; extensions: Record<string, unknown> }[] };
    return { status: response.status, body: (await response.json()) as Body };
  }

  const cases = [
    [
      "an unknown operationName",
      { query: "query Status { serviceStatus { open } }", operationName: "Nope" },
    ],
    [
      "an anonymous query sent with an operationName",
      { query: "{ serviceStatus { open } }", operationName: "Status" },
    ],
    [
      "two operations without an operationName",
      { query: "query A { serviceStatus { open } } query B { __typename }" },
    ],
  ] as const;

  for (const [name, body] of cases) {
    it(`answers ${name} with a 400 and OPERATION_RESOLUTION_FAILURE, not a crash`, async () => {
      const { status, body: result } = await post(body);
      expect(status).toBe(400);
      expect(result.errors?.[0]?.extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
    });
  }

  it("answers the same during the maintenance window", async () => {
    server.clock.set("2026-11-30T02:30:00+09:00");
    const { status, body: result } = await post(cases[0][1]);
    server.clock.set("2026-11-25T10:00:00+09:00");
    expect(status).toBe(400);
    expect(result.errors?.[0]?.extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });
});
