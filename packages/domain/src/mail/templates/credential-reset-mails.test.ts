import { loadConfig } from "@cws/config";
import { describe, expect, it } from "vitest";
import { extractLinks } from "../mailbox.ts";
import { credentialResetCompletedMail } from "./credential-reset-completed.ts";
import { credentialResetMail } from "./credential-reset.ts";
import { inLanguage } from "../../links/link-language.ts";

const branding = loadConfig({}).branding;
const timeZone = "Asia/Tokyo";
const link = "https://cws.example.test/link#tok_AbCdEf-gh_IJ";
const expiresAt = new Date("2026-11-27T09:00:00Z");
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe("the reset's mails", () => {
  it("the link mail names the user ID that will work, and the address as a way in", () => {
    const mail = credentialResetMail({ branding, link, expiresAt, timeZone, userId: "taro-2026" });
    expect(mail.text).toContain("現在のユーザーID: taro-2026\n");
    expect(mail.text).toContain("ご登録のメールアドレスもご利用いただけます");
    // The old wording said the address becomes the user ID.
    expect(mail.text).not.toContain("ユーザーID(メールアドレス)");
    expect(mail.text.startsWith(`${branding.insurerName}「お客さまWebサービス」`)).toBe(true);
    expect(extractLinks(mail.text)).toEqual([link]);
  });

  it("in English: one English line first, marked lang=en in the HTML; the rest stays Japanese", () => {
    const mail = credentialResetMail({
      branding,
      link: inLanguage(link, "en"),
      expiresAt,
      timeZone,
      userId: "taro-2026",
      language: "en",
    });
    const [first, second] = mail.text.split("\n\n");
    expect(first).not.toMatch(JAPANESE);
    expect(first).toContain("your current user ID is taro-2026.");
    expect(first).toContain("The details below are in Japanese");
    expect(second).toBe(
      `${branding.insurerName}「お客さまWebサービス」をご利用いただきありがとうございます。`,
    );
    expect(mail.html).toMatch(/<p lang="en">To reset your user ID or password/);
    expect(mail.subject).toMatch(JAPANESE);
    expect(extractLinks(mail.text)).toEqual([
      "https://cws.example.test/link?lang=en#tok_AbCdEf-gh_IJ",
    ]);
  });

  it("the completion notice names the changes and the user ID, never a password", () => {
    const mail = credentialResetCompletedMail({
      branding,
      changed: ["userId", "password"],
      at: new Date("2026-11-29T19:00:00Z"),
      timeZone,
      userId: "hanako-1",
    });
    expect(mail.subject).toBe(
      `【${branding.insurerName}】ユーザーID・パスワード再登録完了のお知らせ`,
    );
    expect(mail.text).toContain("完了日時: 2026年11月30日 4:00");
    expect(mail.text).toContain("変更項目: ユーザーID、パスワード\n");
    expect(mail.text).toContain("ログインにご利用いただくユーザーID: hanako-1");
    const left = credentialResetCompletedMail({
      branding,
      changed: [],
      at: new Date("2026-11-29T19:00:00Z"),
      timeZone,
      userId: null,
      language: "en",
    });
    expect(left.text).toContain("変更項目: なし");
    expect(left.text).not.toContain("hanako-1");
    expect(left.text.split("\n\n")[0]).not.toMatch(JAPANESE);
  });
});

describe("inLanguage", () => {
  it("puts the language before the fragment, and leaves Japanese links alone", () => {
    expect(inLanguage("http://127.0.0.1:3000/link#tok", "en")).toBe(
      "http://127.0.0.1:3000/link?lang=en#tok",
    );
    expect(inLanguage("http://h/login?x=1", "en")).toBe("http://h/login?x=1&lang=en");
    expect(inLanguage("http://h/link#tok", "ja")).toBe("http://h/link#tok");
  });
});
