import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";
import { demoAgent, gql, staffToken } from "./staff-graphql.ts";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const ADD = `mutation ($id: ID!, $rows: [ImportRowInput!]!) {
  addImportRows(importId: $id, rows: $rows) {
    __typename ... on ImportRowsStaged { staged problems { rowNumber code } } ... on Problem { code }
  }
}`;

/** A batch of policyholder rows of the demo group, as the staff tool sends them. */
function batch(size: number) {
  return Array.from({ length: size }, (_, i) => ({
    rowNumber: i + 2,
    values: Object.entries({
      groupName: "みらい商事株式会社",
      employeeNumber: String(770000 + i),
      familyName: "一括",
      givenName: "取込太郎",
      familyNameKana: "イッカツ",
      givenNameKana: "トリコミタロウ",
      birthDate: "1985-06-15",
      emailOnFile: `batch-${i}@example.com`,
    }).map(([field, value]) => ({ field, value })),
  }));
}

describe.each(testDatabaseKinds())("staff import batches and the body limit on %s", (kind) => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
    token = await staffToken(server, demoAgent);
  });
  afterAll(() => server?.close());

  it("takes a 1,000-row batch from a staff tool, far above the 100 KB limit of other requests", async () => {
    const started = await gql<{ startImport: { importId: string } }>(
      server,
      "mutation { startImport(kind: POLICYHOLDERS) { ... on ImportStarted { importId } } }",
      {},
      { token },
    );
    const id = started.data!.startImport.importId;
    const variables = { id, rows: batch(1000) };
    expect(JSON.stringify({ query: ADD, variables }).length).toBeGreaterThan(300_000);
    const added = await gql(server, ADD, variables, { token });
    expect(added.data).toEqual({
      addImportRows: { __typename: "ImportRowsStaged", staged: 1000, problems: [] },
    });
  });

  it("still refuses a large body without a bearer token, declared or chunked: 413 PAYLOAD_TOO_LARGE", async () => {
    const body = JSON.stringify({
      query: ADD,
      variables: { id: "00000000-0000-4000-8000-000000000000", rows: batch(400) },
    });
    expect(body.length).toBeGreaterThan(100_000);
    const declared = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: "cws_session=whatever" },
      body,
    });
    expect(declared.status).toBe(413);
    expect(
      ((await declared.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
        .extensions.code,
    ).toBe("PAYLOAD_TOO_LARGE");
    const bytes = new TextEncoder().encode(body);
    const chunked = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 16_384)
            controller.enqueue(bytes.slice(at, at + 16_384));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });
});
