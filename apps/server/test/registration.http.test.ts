import { GraphQLRequestError } from "@cws/client";
import {
  CompleteRegistrationDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  StartRegistrationDocument,
  VerificationLinkDocument,
  VerifyKeywordDocument,
  type StartRegistrationInput,
} from "@cws/client/gql";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

/** The demo policyholder 見本 太郎, typed the way customers type: half-width kana, hiragana, full-width digits. */
const taro = (overrides: Partial<StartRegistrationInput> = {}): StartRegistrationInput => ({
  familyName: "見本",
  givenName: "太郎",
  familyNameKana: "ﾐﾎﾝ",
  givenNameKana: "たろう",
  birthDate: "1975-01-01",
  email: "taro@example.com",
  keyword: "Abc123",
  employeeNumber: "１２３４５６７８９",
  termsAccepted: true,
  ...overrides,
});

const tokenFrom = (link: string) => link.slice(link.indexOf("#") + 1);

describe.each(testDatabaseKinds())("registration journey over HTTP on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
  });
  afterAll(() => server?.close());

  it("registers, verifies the keyword, completes, logs out and logs in again", async () => {
    const browser = server.client();
    const started = await browser.execute(StartRegistrationDocument, { input: taro() });
    expect(started.startRegistration).toMatchObject({
      __typename: "RegistrationStarted",
      keyword: "Abc123",
      email: "taro@example.com",
    });

    const mail = (await server.mailbox()).find((m) => m.to === "taro@example.com");
    expect(mail!.subject).toBe("【みらい損害保険】初回利用登録に関するご案内");
    expect(mail!.text).not.toContain("Abc123");
    expect(mail!.text).toMatch(/ご利用期限:\s*2026年11月27日10時まで/);
    const token = tokenFrom(mail!.links.find((l) => l.includes("/link#"))!);

    const link = await browser.execute(VerificationLinkDocument, { token });
    expect(link.verificationLink).toMatchObject({
      status: "VALID",
      purpose: "REGISTRATION",
      attemptsLeft: 5,
    });
    // Opening the link again (as a mail scanner would) consumes nothing.
    expect(
      (await browser.execute(VerificationLinkDocument, { token })).verificationLink.status,
    ).toBe("VALID");

    const wrong = await browser.execute(VerifyKeywordDocument, { token, keyword: "Xyz999" });
    expect(wrong.verifyKeyword).toMatchObject({ __typename: "KeywordRejected", attemptsLeft: 4 });
    const right = await browser.execute(VerifyKeywordDocument, { token, keyword: "Abc123" });
    if (right.verifyKeyword.__typename !== "KeywordAccepted")
      throw new Error(`unexpected ${right.verifyKeyword.__typename}`);
    expect(
      (await browser.execute(VerificationLinkDocument, { token })).verificationLink.status,
    ).toBe("USED");

    const weak = await browser.execute(CompleteRegistrationDocument, {
      input: { stepToken: right.verifyKeyword.stepToken, password: "password" },
    });
    expect(weak.completeRegistration.__typename).toBe("ValidationFailed");
    const completed = await browser.execute(CompleteRegistrationDocument, {
      input: { stepToken: right.verifyKeyword.stepToken, password: "Mirai-2026x" },
    });
    expect(completed.completeRegistration).toMatchObject({
      __typename: "SignedIn",
      sessionToken: null,
      customer: { userId: "taro@example.com", familyName: "見本" },
    });
    expect(browser.cookies().get("cws_session")).toBeTruthy();
    expect((await browser.execute(MeDocument)).me?.userId).toBe("taro@example.com");

    // The step token is single use.
    const again = await browser.execute(CompleteRegistrationDocument, {
      input: { stepToken: right.verifyKeyword.stepToken, password: "Mirai-2026x" },
    });
    expect(again.completeRegistration.__typename).toBe("StepTokenInvalid");

    await browser.execute(LogoutDocument);
    expect((await browser.execute(MeDocument)).me).toBeNull();

    const failed = await browser.execute(LoginDocument, {
      input: { userId: "taro@example.com", password: "Wrong-2026x" },
    });
    expect(failed.login.__typename).toBe("LoginFailed");
    const unknown = await browser.execute(LoginDocument, {
      input: { userId: "nobody@example.com", password: "Wrong-2026x" },
    });
    expect(unknown.login).toEqual(failed.login);

    const signedIn = await browser.execute(LoginDocument, {
      input: { userId: "TARO@example.com", password: "Mirai-2026x" },
    });
    expect(signedIn.login.__typename).toBe("SignedIn");
    const me = await browser.execute(MeDocument);
    expect(me.me).toMatchObject({
      userId: "taro@example.com",
      familyNameKana: "ミホン",
      birthDate: "1975-01-01",
      requiredAction: null,
    });
  });

  it("answers a registered policyholder like a new one, and mails them a pointer to recovery instead", async () => {
    const before = (await server.mailbox()).length;
    const result = await server
      .client()
      .execute(StartRegistrationDocument, { input: taro({ email: "taro.again@example.com" }) });
    expect(result.startRegistration).toMatchObject({
      __typename: "RegistrationStarted",
      keyword: "Abc123",
      email: "taro.again@example.com",
    });
    const mails = await server.mailbox();
    expect(mails.length).toBe(before + 1);
    const mail = mails.find((m) => m.to === "taro.again@example.com")!;
    expect(mail.text).toContain("ユーザーID・パスワードをお忘れの方");
    expect(mail.links.some((l) => l.includes("/link#"))).toBe(false);
  });

  it("gives one generic answer whichever identity field is wrong", async () => {
    const client = server.client();
    const answers = await Promise.all(
      [
        { familyName: "見本X" },
        { givenNameKana: "ジロウ" },
        { birthDate: "1975-01-02" },
        { employeeNumber: "999999999" },
      ].map(async (wrong) => {
        const result = await client.execute(StartRegistrationDocument, { input: taro(wrong) });
        return result.startRegistration;
      }),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({
      __typename: "IdentityNotConfirmed",
      code: "IDENTITY_NOT_CONFIRMED",
    });
  });

  it("lists every invalid field with a code and messages in both languages", async () => {
    const result = await server.client().execute(StartRegistrationDocument, {
      input: taro({
        familyNameKana: "Mihon",
        birthDate: "2099-01-01",
        email: "not-an-address",
        employeeNumber: "12a",
        keyword: "abc",
        termsAccepted: false,
      }),
    });
    if (result.startRegistration.__typename !== "ValidationFailed")
      throw new Error(result.startRegistration.__typename);
    const fields = result.startRegistration.fieldErrors.map((e) => e.field).sort();
    expect(fields).toEqual([
      "birthDate",
      "email",
      "employeeNumber",
      "familyNameKana",
      "keyword",
      "termsAccepted",
    ]);
    for (const error of result.startRegistration.fieldErrors) {
      expect(error.message.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(error.message.en).toMatch(/[a-z]/i);
    }
  });

  it("lets exactly one of twenty concurrent right keywords through", async () => {
    const client = server.client();
    await client.execute(StartRegistrationDocument, {
      input: taro({
        familyName: "試験",
        givenName: "花子",
        familyNameKana: "シケン",
        givenNameKana: "ハナコ",
        birthDate: "1985-10-01",
        employeeNumber: "200300400",
        email: "hanako@example.com",
        keyword: "Hana2026",
      }),
    });
    const mail = (await server.mailbox()).find((m) => m.to === "hanako@example.com")!;
    const token = tokenFrom(mail.links.find((l) => l.includes("/link#"))!);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.client().execute(VerifyKeywordDocument, { token, keyword: "Hana2026" }),
      ),
    );
    const kinds = results.map((r) => r.verifyKeyword.__typename);
    expect(kinds.filter((k) => k === "KeywordAccepted")).toHaveLength(1);
    expect(kinds.filter((k) => k !== "KeywordAccepted").every((k) => k === "LinkUsed")).toBe(true);
  });

  it("kills a link after five wrong keywords", async () => {
    const client = server.client();
    await client.execute(StartRegistrationDocument, {
      input: taro({
        familyName: "例示",
        givenName: "一郎",
        familyNameKana: "レイジ",
        givenNameKana: "イチロウ",
        birthDate: "1990-04-15",
        employeeNumber: "300400500",
        email: "ichiro@example.com",
        keyword: "Ichi2026",
      }),
    });
    const mail = (await server.mailbox()).find((m) => m.to === "ichiro@example.com")!;
    const token = tokenFrom(mail.links.find((l) => l.includes("/link#"))!);
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push(
        (await client.execute(VerifyKeywordDocument, { token, keyword: `Wrong${i}99` }))
          .verifyKeyword,
      );
    expect(answers.map((a) => a.__typename)).toEqual([
      "KeywordRejected",
      "KeywordRejected",
      "KeywordRejected",
      "KeywordRejected",
      "LinkDead",
    ]);
    expect(
      (await client.execute(VerifyKeywordDocument, { token, keyword: "Ichi2026" })).verifyKeyword
        .__typename,
    ).toBe("LinkDead");
    expect(
      (await client.execute(VerificationLinkDocument, { token })).verificationLink,
    ).toMatchObject({ status: "DEAD", attemptsLeft: 0 });
  });

  it("tells expired and unknown links apart", async () => {
    const client = server.client();
    expect(
      (await client.execute(VerifyKeywordDocument, { token: "x".repeat(43), keyword: "Abc123" }))
        .verifyKeyword.__typename,
    ).toBe("LinkUnknown");
    expect(
      (await client.execute(VerificationLinkDocument, { token: "garbage" })).verificationLink,
    ).toEqual({ status: "UNKNOWN", purpose: null, expiresAt: null, attemptsLeft: null });
  });

  it("refuses a request that batches many login attempts under aliases", async () => {
    const aliases = Array.from(
      { length: 5 },
      (_, i) =>
        `a${i}: login(input: { userId: "taro@example.com", password: "Guess${i}-2026" }) { __typename }`,
    ).join(" ");
    const error = await server
      .client()
      .execute({ toString: () => `mutation { ${aliases} }` } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).status).toBe(400);
  });
});
