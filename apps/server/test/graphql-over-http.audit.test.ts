import { testDatabaseKinds } from "@cws/domain/testing";
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

// graphql-http's audits of the GraphQL-over-HTTP specification, against the real server.
// MUST audits have to pass; SHOULD/MAY ones are reported so a regression is visible.
describe.each(testDatabaseKinds().slice(0, 1))("GraphQL over HTTP conformance on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("passes every MUST audit of graphql-http's serverAudits", async () => {
    const results = [];
    for (const audit of serverAudits({ url: () => `${server.url}/graphql` }))
      results.push(await audit.fn());
    const failures = results
      .filter((r) => r.status === "error")
      .map((r) => `${r.name}: ${"reason" in r ? r.reason : ""}`);
    const warnings = results.filter((r) => r.status === "warn").map((r) => r.name);
    console.info(
      `graphql-http audits: ${results.length} run, ${failures.length} errors, ${warnings.length} warnings`,
    );
    expect(failures).toEqual([]);
  }, 60_000);
});
