import {
  CompleteRegistrationDocument,
  LoginDocument,
  VerifyKeywordDocument,
} from "@cws/client/gql";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerCustomer, startRegistrationFor } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

vi.setConfig({ testTimeout: 120_000 });

describe.each(testDatabaseKinds())("login by user ID or e-mail address over HTTP on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
  });
  afterAll(() => server?.close());

  const login = (userId: string, password: string) =>
    server.client().execute(LoginDocument, { input: { userId, password } });

  it("refuses a user ID with '@' that is not the customer's own address, then logs in by ID and address", async () => {
    await registerCustomer(server, "taro", "taro@example.com", "Mirai-2026x");
    const client = server.client();
    const token = await startRegistrationFor(server, client, "hanako", "hanako@example.com");
    const verified = await client.execute(VerifyKeywordDocument, { token, keyword: "Abc123" });
    if (verified.verifyKeyword.__typename !== "KeywordAccepted") throw new Error("keyword refused");
    const { stepToken } = verified.verifyKeyword;

    // Taro's address as Hanako's user ID would make "taro@example.com" ambiguous at login.
    const shadow = await client.execute(CompleteRegistrationDocument, {
      input: { stepToken, userId: "taro@example.com", password: "Hana-2026xy" },
    });
    expect(shadow.completeRegistration).toMatchObject({
      __typename: "ValidationFailed",
      fieldErrors: [{ field: "userId", code: "USER_ID_NOT_OWN_EMAIL" }],
    });
    const chosen = await client.execute(CompleteRegistrationDocument, {
      input: { stepToken, userId: "hanako-1985", password: "Hana-2026xy" },
    });
    expect(chosen.completeRegistration.__typename).toBe("SignedIn");

    for (const name of ["hanako-1985", "HANAKO-1985", "hanako@example.com", "Hanako@Example.com"])
      expect((await login(name, "Hana-2026xy")).login.__typename).toBe("SignedIn");
    expect((await login("taro@example.com", "Mirai-2026x")).login.__typename).toBe("SignedIn");
    // A wrong password by address fails exactly like an unknown name.
    const wrong = await login("hanako@example.com", "Wrong-2026xy");
    const unknown = await login("nobody@example.com", "Wrong-2026xy");
    expect(wrong).toEqual(unknown);
  });
});
