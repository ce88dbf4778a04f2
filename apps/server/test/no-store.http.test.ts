import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

describe.each(testDatabaseKinds())("GraphQL answers on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  const post = (query: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });

  it("tell every cache not to keep them: answers, refusals and malformed requests alike", async () => {
    server.clock.set("2026-11-25T10:00:00+09:00");
    for (const query of [
      "{ __typename }",
      "{ serviceStatus { open } }",
      "{ contracts { id } }",
      "{ serviceStatus { open ",
    ]) {
      const response = await post(query);
      expect(response.headers.get("cache-control"), query).toBe("no-store");
      await response.text();
    }
  });
});
