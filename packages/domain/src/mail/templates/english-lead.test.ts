import { loadConfig } from "@cws/config";
import { describe, expect, it } from "vitest";
import type { MailContent } from "../mail-content.ts";
import { extractLinks } from "../mailbox.ts";
import { emailChangeVerificationMail } from "./email-change-verification.ts";
import type { MailLanguage } from "./mail-layout.ts";
import { registrationInvitationMail } from "./registration-invitation.ts";
import { renewalCompletedMail } from "./renewal-completed.ts";
import { renewalReminderMail } from "./renewal-reminder.ts";
import { settingsChangedMail } from "./settings-changed.ts";
import { temporaryPasswordIssuedMail } from "./temporary-password-issued.ts";

const branding = loadConfig({}).branding;
const timeZone = "Asia/Tokyo";
const link = "https://cws.example.test/link#tok_AbCdEf-gh_IJ";
const loginUrl = "https://cws.example.test/login";
const expiresAt = new Date("2026-11-27T09:00:00Z");
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const GREETING = `${branding.insurerName}「お客さまWebサービス」をご利用いただきありがとうございます。`;

/** Every mail the customer can get outside the reset, in a given language. */
const mails: Record<string, (language?: MailLanguage) => MailContent> = {
  "renewal reminder": (language) =>
    renewalReminderMail({
      branding,
      kind: "WINDOW_OPENED",
      policyNumber: "0123456789",
      description: "自家用普通乗用車",
      endsOn: "2026-12-25",
      deadline: "2026-12-25",
      loginUrl,
      language,
    }),
  "renewal completed": (language) =>
    renewalCompletedMail({
      branding,
      policyNumber: "0123456789",
      description: "自家用普通乗用車",
      startsOn: "2026-12-25",
      endsOn: "2027-12-25",
      premiumYen: 54_320,
      timeZone,
      language,
    }),
  "settings changed": (language) =>
    settingsChangedMail({ branding, changed: ["password"], at: expiresAt, timeZone, language }),
  "e-mail change verification": (language) =>
    emailChangeVerificationMail({ branding, link, expiresAt, timeZone, language }),
  "temporary password issued": (language) =>
    temporaryPasswordIssuedMail({ branding, loginUrl, language }),
  "registration invitation": (language) =>
    registrationInvitationMail({ branding, link, expiresAt, timeZone, language }),
};

/** What each English line must say, beyond the shared "the rest is in Japanese". */
const about: Record<string, RegExp> = {
  "renewal reminder":
    /contract 0123456789 expires on 2026-12-25; you can renew it online until 2026-12-25\./,
  "renewal completed":
    /renewal of your contract 0123456789 is complete; the new period runs from 2026-12-25 to 2027-12-25\./,
  "settings changed": /settings of your Customer Web Service account were changed/,
  "e-mail change verification": /confirm this address as your new e-mail address/,
  "temporary password issued": /temporary password \(not written here\)/,
  "registration invitation": /within 48 hours and enter the keyword you chose\./,
};

describe("the English line for customers who use the web app in English", () => {
  for (const [name, mail] of Object.entries(mails)) {
    it(`${name}: opens with one English line (lang=en in HTML), the rest unchanged Japanese`, () => {
      const japanese = mail("ja");
      const english = mail("en");
      const [first, ...rest] = english.text.split("\n\n");
      expect(first).not.toMatch(JAPANESE);
      expect(first).toMatch(about[name]!);
      expect(first).toContain("The details below are in Japanese");
      // Everything after the English line is the Japanese mail, word for word.
      expect(rest.join("\n\n")).toBe(japanese.text);
      expect(rest[0]).toBe(GREETING);
      expect(english.subject).toBe(japanese.subject);
      expect(english.html).toMatch(/<p lang="en">[^<]*The details below are in Japanese/);
      expect(extractLinks(english.text)).toEqual(extractLinks(japanese.text));
    });

    it(`${name}: Japanese (the default) has no English line`, () => {
      for (const mailed of [mail(), mail("ja")]) {
        expect(mailed.text.startsWith(GREETING)).toBe(true);
        expect(mailed.html).not.toContain('lang="en"');
      }
    });
  }
});
