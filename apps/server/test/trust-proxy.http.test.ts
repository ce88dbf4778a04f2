import { AuditEvent } from "@cws/domain";
import { describe, expect, it } from "vitest";
import { startTestServer } from "../src/testing/test-server.ts";

const loginFrom = (url: string, forwardedFor: string) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
    body: JSON.stringify({
      query:
        'mutation { login(input: { userId: "nobody@example.com", password: "Wrong-2026x" }) { __typename } }',
    }),
  });

describe("client addresses behind proxies", () => {
  it("ignores X-Forwarded-For unless TRUST_PROXY says so, so a client cannot choose its address", async () => {
    const server = await startTestServer("pglite", { RATE_LIMIT_PER_ADDRESS: "2" });
    try {
      const answers = [];
      for (const forged of ["203.0.113.1", "203.0.113.2", "203.0.113.3"])
        answers.push(
          (
            (await (await loginFrom(server.url, forged)).json()) as {
              data: { login: { __typename: string } };
            }
          ).data.login.__typename,
        );
      expect(answers).toEqual(["LoginFailed", "LoginFailed", "TooManyAttempts"]);
      const ips = (await server.db.orm.em.fork().find(AuditEvent, { type: "LOGIN_FAILED" })).map(
        (e) => e.clientIp,
      );
      expect(new Set(ips)).toEqual(new Set(["127.0.0.1"]));
    } finally {
      await server.close();
    }
  });

  it(
    "takes the address the trusted load balancer saw with " +
      "TRUST_PROXY=1, not one the client wrote before it",
    async () => {
      const server = await startTestServer("pglite", { TRUST_PROXY: "1" });
      try {
        await loginFrom(server.url, "198.51.100.7, 192.0.2.44");
        const [event] = await server.db.orm.em.fork().find(AuditEvent, { type: "LOGIN_FAILED" });
        expect(event!.clientIp).toBe("192.0.2.44");
      } finally {
        await server.close();
      }
    },
  );
});
