import { createClient } from "@cws/client";
import {
  CompleteRegistrationDocument,
  RequestCredentialResetDocument,
  VerifyKeywordDocument,
  ServiceStatusDocument,
  SetLanguageDocument,
} from "@cws/client/gql";
import { Account } from "@cws/domain";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerCustomer, startRegistrationFor } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

vi.setConfig({ testTimeout: 120_000 });

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe.each(testDatabaseKinds())("the customer's language over HTTP on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
  });
  afterAll(() => server?.close());

  const resetMail = async (email: string, cookie?: string, birthDate = "1975-01-01") => {
    // Each mail a second later than the last, so "the newest" is the one this request sent.
    server.clock.advance(1000);
    const client = createClient({
      url: `${server.url}/graphql`,
      ...(cookie ? { headers: { cookie } } : {}),
    });
    const asked = await client.execute(RequestCredentialResetDocument, {
      email,
      birthDate,
    });
    expect(asked.requestCredentialReset.__typename).toBe("ResetKeywordIssued");
    return (await server.mailbox()).find((m) => m.to === email && m.subject.includes("再登録"))!;
  };

  it("words the reset mail for the language cookie the web app sets", async () => {
    await registerCustomer(server, "taro", "taro@example.com", "Mirai-2026x");
    const english = await resetMail("taro@example.com", "cws_lang=en");
    expect(english.text.split("\n\n")[0]).not.toMatch(JAPANESE);
    expect(english.links[0]).toMatch(/\/link\?lang=en#/);
    const japanese = await resetMail("taro@example.com", "cws_lang=ja");
    expect(japanese.text.startsWith("みらい損害保険")).toBe(true);
    expect(japanese.links[0]).toMatch(/\/link#/);
  });

  it("remembers the language a signed-in customer switches to, for mails sent later", async () => {
    const client = await registerCustomer(server, "hanako", "hanako@example.com", "Hana-2026xy");
    expect((await client.execute(SetLanguageDocument, { language: "en" })).setLanguage).toBe("en");
    const stored = await server.db.orm.em
      .fork()
      .findOneOrFail(Account, { email: "hanako@example.com" });
    expect(stored.language).toBe("en");
    // No cookie on this request: the account's language decides.
    const mail = await resetMail("hanako@example.com", undefined, "1985-10-01");
    expect(mail.text.split("\n\n")[0]).toMatch(/^To reset your user ID or password/);
  });

  it("stores the language of a customer who registers in English", async () => {
    const client = createClient({
      url: `${server.url}/graphql`,
      cookieJar: true,
      headers: { cookie: "cws_lang=en" },
    });
    const token = await startRegistrationFor(server, client, "ichiro", "ichiro@example.com");
    // The invitation opens with one English line; the rest stays Japanese.
    const invitation = (await server.mailbox()).find(
      (m) => m.to === "ichiro@example.com" && m.subject.includes("初回利用登録"),
    )!;
    expect(invitation.text.split("\n\n")[0]).toMatch(/^To finish your registration, open the link/);
    expect(invitation.text.split("\n\n")[1]).toMatch(/^みらい損害保険「お客さまWebサービス」/);
    const verified = await client.execute(VerifyKeywordDocument, { token, keyword: "Abc123" });
    if (verified.verifyKeyword.__typename !== "KeywordAccepted") throw new Error("refused");
    const done = await client.execute(CompleteRegistrationDocument, {
      input: { stepToken: verified.verifyKeyword.stepToken, password: "Ichiro-2026x" },
    });
    expect(done.completeRegistration.__typename).toBe("SignedIn");
    const stored = await server.db.orm.em
      .fork()
      .findOneOrFail(Account, { email: "ichiro@example.com" });
    expect(stored.language).toBe("en");
    const taro = await server.db.orm.em
      .fork()
      .findOneOrFail(Account, { email: "taro@example.com" });
    expect(taro.language).toBe("ja");
  });

  it("publishes the branding in both languages", async () => {
    const { branding } = await server.client().execute(ServiceStatusDocument);
    expect(branding.insurerName).toBe("みらい損害保険");
    expect(branding.en).toEqual({
      insurerName: "Mirai Insurance",
      agencyName: "Sakura Insurance Services",
      desk: {
        name: "Internet Desk",
        hours: "Mon–Fri 9:00–17:30 (closed on weekends, public holidays and over the New Year)",
      },
    });
  });
});
