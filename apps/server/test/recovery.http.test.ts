import { GraphQLRequestError } from "@cws/client";
import {
  ChangePasswordDocument,
  CompleteCredentialResetDocument,
  CompleteRegistrationDocument,
  ConfirmEmailChangeDocument,
  CredentialResetFormDocument,
  LoginDocument,
  MeDocument,
  RequestCredentialResetDocument,
  UpdateSettingsDocument,
  VerificationLinkDocument,
  VerifyKeywordDocument,
} from "@cws/client/gql";
import { Account, AuditEvent, issueTemporaryPassword } from "@cws/domain";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCustomer, startRegistrationFor, tokenFromLink } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

const HOUR = 3_600_000;

describe.each(testDatabaseKinds())(
  "forgotten ID or password, settings and temporary passwords over HTTP on %s",
  (kind) => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
      await registerCustomer(server, "taro", "taro@example.com", "Mirai-2026x");
      await registerCustomer(server, "hanako", "hanako@example.com", "Hana-2026xy");
    });
    afterAll(() => server?.close());

    const resetMailTo = async (email: string) =>
      (await server.mailbox()).find((m) => m.to === email && m.subject.includes("再登録"));
    const loginAs = async (userId: string, password: string) => {
      const client = server.client();
      const result = (await client.execute(LoginDocument, { input: { userId, password } })).login;
      return { client, result };
    };

    it(
      "walks the whole reset: keyword on screen, link by mail," +
        " settings, confirmation, done; other sessions end",
      async () => {
        const elsewhere = (await loginAs("taro@example.com", "Mirai-2026x")).client;
        const browser = server.client();
        const requested = await browser.execute(RequestCredentialResetDocument, {
          email: "taro@example.com",
          birthDate: "1975-01-01",
        });
        if (requested.requestCredentialReset.__typename !== "ResetKeywordIssued")
          throw new Error(requested.requestCredentialReset.__typename);
        const { keyword } = requested.requestCredentialReset;
        expect(keyword).toMatch(/^\d{10}$/);

        const mail = await resetMailTo("taro@example.com");
        expect(mail).toBeDefined();
        expect(mail!.text).not.toContain(keyword);
        const token = tokenFromLink(mail!.links.find((l) => l.includes("/link#"))!);
        expect(
          (await browser.execute(VerificationLinkDocument, { token })).verificationLink,
        ).toMatchObject({ status: "VALID", purpose: "CREDENTIAL_RESET" });

        // Typed the way people copy it down: full-width digits with a space between the groups.
        const typed = `${keyword.slice(0, 5)}\u3000${keyword.slice(5)}`.replace(/\d/g, (d) =>
          String.fromCharCode(d.charCodeAt(0) + 0xfee0),
        );
        const accepted = await browser.execute(VerifyKeywordDocument, { token, keyword: typed });
        if (accepted.verifyKeyword.__typename !== "KeywordAccepted")
          throw new Error(accepted.verifyKeyword.__typename);
        const stepToken = accepted.verifyKeyword.stepToken;
        // The link is used up: opening it again says so.
        expect(
          (await browser.execute(VerifyKeywordDocument, { token, keyword })).verifyKeyword
            .__typename,
        ).toBe("LinkUsed");

        const form = await browser.execute(CredentialResetFormDocument, { stepToken });
        expect(form.credentialResetForm).toMatchObject({
          familyName: "見本",
          familyNameKana: "ミホン",
          birthDate: "1975-01-01",
          email: "taro@example.com",
          mailOptIn: true,
        });

        const input = {
          stepToken,
          email: "taro.new@example.com",
          password: "Renewed-2026",
          mailOptIn: false,
        };
        const preview = await browser.execute(CompleteCredentialResetDocument, {
          input: { ...input, commit: false },
        });
        expect(preview.completeCredentialReset).toMatchObject({
          __typename: "CredentialResetPreview",
          // The user ID was the address, so it follows the new one; the preview names it.
          changes: ["userId", "email", "password", "mailOptIn"],
          userId: "taro.new@example.com",
        });
        expect((await loginAs("taro@example.com", "Mirai-2026x")).result.__typename).toBe(
          "SignedIn",
        ); // nothing changed yet

        const done = await browser.execute(CompleteCredentialResetDocument, {
          input: { ...input, commit: true },
        });
        expect(done.completeCredentialReset).toMatchObject({
          __typename: "SignedIn",
          customer: {
            userId: "taro.new@example.com",
            email: "taro.new@example.com",
            mailOptIn: false,
          },
        });
        expect((await browser.execute(MeDocument)).me?.userId).toBe("taro.new@example.com");
        expect((await elsewhere.execute(MeDocument)).me).toBeNull();
        expect((await loginAs("taro@example.com", "Mirai-2026x")).result.__typename).toBe(
          "LoginFailed",
        );
        expect((await loginAs("taro.new@example.com", "Renewed-2026")).result.__typename).toBe(
          "SignedIn",
        );

        const notices = (await server.mailbox()).filter((m) => m.subject.includes("再登録完了"));
        expect(notices.map((m) => m.to).sort()).toEqual(
          expect.arrayContaining(["taro.new@example.com", "taro@example.com"]),
        );
        // The step token worked once.
        expect(
          (
            await browser.execute(CompleteCredentialResetDocument, {
              input: { ...input, commit: true },
            })
          ).completeCredentialReset.__typename,
        ).toBe("ResetStepTokenInvalid");
      },
    );

    it("answers an unknown e-mail (or a wrong birth date) the same way, and sends no mail", async () => {
      const before = (await server.mailbox()).length;
      const unknown = await server.client().execute(RequestCredentialResetDocument, {
        email: "nobody@example.com",
        birthDate: "1975-01-01",
      });
      const wrongBirth = await server.client().execute(RequestCredentialResetDocument, {
        email: "hanako@example.com",
        birthDate: "1985-10-02",
      });
      for (const answer of [unknown.requestCredentialReset, wrongBirth.requestCredentialReset]) {
        expect(answer.__typename).toBe("ResetKeywordIssued");
        expect(Object.keys(answer).sort()).toEqual(["__typename", "keyword", "keywordExpiresAt"]);
      }
      expect((await server.mailbox()).length).toBe(before);
    });

    it("expires a reset link after 24 hours and kills it after five wrong keywords", async () => {
      // The address is matched without regard to case.
      await server.client().execute(RequestCredentialResetDocument, {
        email: "Hanako@Example.COM",
        birthDate: "1985-10-01",
      });
      const first = tokenFromLink(
        (await resetMailTo("hanako@example.com"))!.links.find((l) => l.includes("/link#"))!,
      );
      server.clock.advance(24 * HOUR + 1000);
      expect(
        (
          await server
            .client()
            .execute(VerifyKeywordDocument, { token: first, keyword: "0000000000" })
        ).verifyKeyword.__typename,
      ).toBe("LinkExpired");

      await server.client().execute(RequestCredentialResetDocument, {
        email: "hanako@example.com",
        birthDate: "1985-10-01",
      });
      const second = tokenFromLink(
        (await resetMailTo("hanako@example.com"))!.links.find((l) => l.includes("/link#"))!,
      );
      expect(second).not.toBe(first);
      const kinds = [];
      for (let i = 0; i < 5; i++)
        kinds.push(
          (
            await server
              .client()
              .execute(VerifyKeywordDocument, { token: second, keyword: `000000000${i}` })
          ).verifyKeyword.__typename,
        );
      expect(kinds).toEqual([
        "KeywordRejected",
        "KeywordRejected",
        "KeywordRejected",
        "KeywordRejected",
        "LinkDead",
      ]);
    });

    it("makes a temporary password lead to a forced change before anything else, then normal use", async () => {
      const em = server.db.orm.em.fork();
      const account = await em.findOneOrFail(Account, { email: "hanako@example.com" });
      const issued = await issueTemporaryPassword(
        {
          em,
          config: server.config,
          now: server.clock.now(),
          origin: { ip: "127.0.0.1", userAgent: "test" },
        },
        { accountId: account.id, staffId: null },
      );
      const { client, result } = await loginAs("hanako@example.com", issued!.temporaryPassword);
      expect(result).toMatchObject({
        __typename: "SignedIn",
        customer: { requiredAction: "CHANGE_PASSWORD" },
      });

      const blocked = await client
        .execute(UpdateSettingsDocument, { input: { mailOptIn: false } })
        .catch((e: unknown) => e);
      expect(blocked).toBeInstanceOf(GraphQLRequestError);
      expect((blocked as GraphQLRequestError).code).toBe("PASSWORD_CHANGE_REQUIRED");
      expect((await client.execute(MeDocument)).me?.requiredAction).toBe("CHANGE_PASSWORD");

      const changed = await client.execute(ChangePasswordDocument, { newPassword: "Fresh-2026pw" });
      expect(changed.changePassword).toMatchObject({
        __typename: "PasswordChanged",
        customer: { requiredAction: null },
      });
      const updated = await client.execute(UpdateSettingsDocument, { input: { mailOptIn: false } });
      expect(updated.updateSettings).toMatchObject({
        __typename: "SettingsUpdated",
        customer: { mailOptIn: false },
      });
      // Single use: the temporary password no longer opens the door.
      expect(
        (await loginAs("hanako@example.com", issued!.temporaryPassword)).result.__typename,
      ).toBe("LoginFailed");
    });

    it(
      "changes the e-mail only after the new address confirms " +
        "it, and needs the current password for a new one",
      async () => {
        const { client } = await loginAs("hanako@example.com", "Fresh-2026pw");
        const wrongCurrent = await client.execute(UpdateSettingsDocument, {
          input: { currentPassword: "nope", newPassword: "Another-2026" },
        });
        expect(wrongCurrent.updateSettings).toMatchObject({
          __typename: "ValidationFailed",
          fieldErrors: [{ field: "currentPassword" }],
        });

        // Without the current password a session alone cannot move the address.
        const unconfirmed = await client.execute(UpdateSettingsDocument, {
          input: { email: "hanako.new@example.com" },
        });
        expect(unconfirmed.updateSettings).toMatchObject({
          __typename: "ValidationFailed",
          fieldErrors: [{ field: "currentPassword" }],
        });
        const pending = await client.execute(UpdateSettingsDocument, {
          input: { email: "hanako.new@example.com", currentPassword: "Fresh-2026pw" },
        });
        expect(pending.updateSettings).toMatchObject({
          __typename: "SettingsUpdated",
          pendingEmail: "hanako.new@example.com",
          customer: { email: "hanako@example.com" },
        });
        const mail = (await server.mailbox()).find((m) => m.to === "hanako.new@example.com")!;
        const token = tokenFromLink(mail.links.find((l) => l.includes("/link#"))!);
        const confirmed = await server.client().execute(ConfirmEmailChangeDocument, { token });
        expect(confirmed.confirmEmailChange).toEqual({
          __typename: "EmailConfirmed",
          email: "hanako.new@example.com",
        });
        expect((await client.execute(MeDocument)).me).toMatchObject({
          email: "hanako.new@example.com",
          userId: "hanako.new@example.com",
        });
        expect(
          (await server.client().execute(ConfirmEmailChangeDocument, { token })).confirmEmailChange
            .__typename,
        ).toBe("LinkUsed");
      },
    );

    it(
      "keeps a user ID the customer chose, and kills older " +
        "reset links, when a reset only sets a new password",
      async () => {
        const client = server.client();
        const token = await startRegistrationFor(server, client, "ichiro", "ichiro@example.com");
        const verified = await client.execute(VerifyKeywordDocument, { token, keyword: "Abc123" });
        if (verified.verifyKeyword.__typename !== "KeywordAccepted")
          throw new Error(verified.verifyKeyword.__typename);
        await client.execute(CompleteRegistrationDocument, {
          input: {
            stepToken: verified.verifyKeyword.stepToken,
            userId: "ichiro1990",
            password: "Ichiro-2026x",
          },
        });

        const linkFor = async () => {
          // A minute apart, so "the newest mail" is well defined.
          server.clock.advance(60_000);
          const { requestCredentialReset } = await server
            .client()
            .execute(RequestCredentialResetDocument, {
              email: "ichiro@example.com",
              birthDate: "1990-04-15",
            });
          if (requestCredentialReset.__typename !== "ResetKeywordIssued")
            throw new Error(requestCredentialReset.__typename);
          const mail = (await resetMailTo("ichiro@example.com"))!;
          return {
            token: tokenFromLink(mail.links.find((l) => l.includes("/link#"))!),
            keyword: requestCredentialReset.keyword,
          };
        };
        const older = await linkFor();
        const newer = await linkFor();
        expect(newer.token).not.toBe(older.token);

        const accepted = await client.execute(VerifyKeywordDocument, newer);
        if (accepted.verifyKeyword.__typename !== "KeywordAccepted")
          throw new Error(accepted.verifyKeyword.__typename);
        const done = await client.execute(CompleteCredentialResetDocument, {
          input: {
            stepToken: accepted.verifyKeyword.stepToken,
            email: "ichiro@example.com",
            password: "Ichiro-2027y",
            mailOptIn: true,
            commit: true,
          },
        });
        expect(done.completeCredentialReset).toMatchObject({
          __typename: "SignedIn",
          customer: { userId: "ichiro1990", email: "ichiro@example.com" },
        });
        expect((await loginAs("ichiro1990", "Ichiro-2027y")).result.__typename).toBe("SignedIn");
        // A reset link requested before (by the customer or by someone else) can no longer undo it.
        expect(
          (await server.client().execute(VerifyKeywordDocument, older)).verifyKeyword.__typename,
        ).toBe("LinkDead");
      },
    );

    it("writes the reset, settings, temporary-password and password events to the audit trail", async () => {
      const types = new Set(
        (await server.db.orm.em.fork().find(AuditEvent, {})).map((e) => e.type),
      );
      for (const type of [
        "CREDENTIAL_RESET_REQUESTED",
        "CREDENTIAL_RESET_COMPLETED",
        "SETTINGS_CHANGED",
        "TEMPORARY_PASSWORD_ISSUED",
        "TEMPORARY_PASSWORD_USED",
        "PASSWORD_CHANGED",
        "EMAIL_CHANGE_REQUESTED",
        "EMAIL_CHANGE_CONFIRMED",
      ]) {
        expect(types, type).toContain(type);
      }
    });
  },
);
