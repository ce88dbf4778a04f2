import {
  CompleteRegistrationDocument,
  LoginDocument,
  ServiceStatusDocument,
  VerifyKeywordDocument,
} from "@cws/client/gql";
import { Account, issueTemporaryPassword } from "@cws/domain";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistrationFor } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

describe.each(testDatabaseKinds())(
  "the password policy over HTTP with PASSWORD_MIN_LENGTH=12 on %s",
  (kind) => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, { PASSWORD_MIN_LENGTH: "12" });
    });
    afterAll(() => server?.close());

    it(
      "reports the configured minimum in the web app's start-up " +
        "query, and it is the minimum the server enforces",
      async () => {
        server.clock.set("2026-11-25T10:00:00+09:00");
        const browser = server.client();
        expect((await browser.execute(ServiceStatusDocument)).passwordPolicy).toEqual({
          minLength: 12,
          maxLength: 128,
        });

        const token = await startRegistrationFor(server, browser, "taro", "taro@example.com");
        const verified = await browser.execute(VerifyKeywordDocument, { token, keyword: "Abc123" });
        if (verified.verifyKeyword.__typename !== "KeywordAccepted")
          throw new Error(verified.verifyKeyword.__typename);
        const input = { stepToken: verified.verifyKeyword.stepToken };
        // 11 characters: enough for the default of 8, one short of the configured 12.
        const short = await browser.execute(CompleteRegistrationDocument, {
          input: { ...input, password: "Mirai-2026x" },
        });
        if (short.completeRegistration.__typename !== "ValidationFailed")
          throw new Error(short.completeRegistration.__typename);
        expect(short.completeRegistration.fieldErrors.map((e) => e.code)).toEqual([
          "PASSWORD_TOO_SHORT",
        ]);
        expect(short.completeRegistration.fieldErrors[0]?.message.ja).toContain("12文字以上");
        const long = await browser.execute(CompleteRegistrationDocument, {
          input: { ...input, password: "Mirai-2026xy" },
        });
        expect(long.completeRegistration.__typename).toBe("SignedIn");
      },
    );

    it("still answers during the maintenance window, with the rest of the start-up query", async () => {
      server.clock.set("2026-11-30T02:30:00+09:00");
      const data = await server.client().execute(ServiceStatusDocument);
      expect(data.serviceStatus.open).toBe(false);
      expect(data.passwordPolicy).toEqual({ minLength: 12, maxLength: 128 });
    });

    it(
      "answers a customer who must change a temporary " +
        "password first, so the change form can show the rules",
      async () => {
        server.clock.set("2026-11-25T11:00:00+09:00");
        const em = server.db.orm.em.fork();
        const account = await em.findOneOrFail(Account, { email: "taro@example.com" });
        const issued = await issueTemporaryPassword(
          {
            em,
            config: server.config,
            now: server.clock.now(),
            origin: { ip: "127.0.0.1", userAgent: "test" },
          },
          { accountId: account.id, staffId: null },
        );
        const client = server.client();
        const login = await client.execute(LoginDocument, {
          input: { userId: "taro@example.com", password: issued!.temporaryPassword },
        });
        expect(login.login).toMatchObject({
          __typename: "SignedIn",
          customer: { requiredAction: "CHANGE_PASSWORD" },
        });

        expect((await client.execute(ServiceStatusDocument)).passwordPolicy.minLength).toBe(12);
      },
    );
  },
);
