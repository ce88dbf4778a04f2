import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

const post = (server: TestServer, body: object) =>
  fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** The value of one series in Prometheus' text format, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : undefined;
}

describe("Prometheus metrics", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("pglite");
  });
  afterAll(() => server?.close());

  it(
    "counts GraphQL requests by the operation's root fields " +
      "and outcome, never by the client's operation name",
    async () => {
      await post(server, {
        query: "query Whatever { serviceStatus { open } }",
        operationName: "Whatever",
      });
      await post(server, { query: "{ contracts { id } }" });
      await post(server, { query: "{ nope }" });
      const text = await (await fetch(`${server.url}/metrics`)).text();
      expect(
        sample(text, 'cws_graphql_requests_total{operation="serviceStatus",outcome="ok"}'),
      ).toBe(1);
      expect(
        sample(text, 'cws_graphql_requests_total{operation="contracts",outcome="UNAUTHENTICATED"}'),
      ).toBe(1);
      expect(
        sample(
          text,
          'cws_graphql_requests_total{operation="invalid",outcome="GRAPHQL_VALIDATION_FAILED"}',
        ),
      ).toBe(1);
      expect(text).not.toContain("Whatever");
      expect(text).toContain(
        'cws_graphql_request_duration_seconds_bucket{le="0.005",operation="serviceStatus",outcome="ok"}',
      );
    },
  );

  it("reports login failures, lockouts, the outbox by status and the age of its oldest pending mail", async () => {
    // The audit gauges count the last 15 minutes of the database's own clock.
    server.clock.set(new Date().toISOString());
    const login = {
      query:
        'mutation { login(input: { userId: "nobody@example.com", password: "Wrong-2026x" }) { __typename } }',
    };
    await post(server, login);
    await post(server, login);
    await post(server, {
      query:
        'mutation { requestCredentialReset(input: { email: "nobody@example.com", ' +
        'birthDate: "1975-01-01" }) { __typename } }',
    });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(sample(text, 'cws_auth_events_recent{type="LOGIN_FAILED"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'cws_auth_events_recent{type="ACCOUNT_LOCKED"}')).toBe(0);
    expect(sample(text, "cws_accounts_locked")).toBe(0);
    expect(text).toMatch(/^cws_mail_oldest_pending_seconds \d/m);
    expect(text).toContain("cws_process_");
  });
});
