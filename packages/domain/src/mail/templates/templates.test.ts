import { loadConfig } from "@cws/config";
import { describe, expect, it } from "vitest";
import type { MailContent } from "../mail-content.ts";
import { extractLinks } from "../mailbox.ts";
import { accountAlreadyExistsMail } from "./account-already-exists.ts";
import { credentialResetMail } from "./credential-reset.ts";
import { emailChangeVerificationMail } from "./email-change-verification.ts";
import { escapeHtml } from "./mail-layout.ts";
import { registrationInvitationMail } from "./registration-invitation.ts";
import { renewalCompletedMail } from "./renewal-completed.ts";
import { settingsChangedMail } from "./settings-changed.ts";
import { temporaryPasswordIssuedMail } from "./temporary-password-issued.ts";

const branding = loadConfig({}).branding;
const timeZone = "Asia/Tokyo";
const link = "https://cws.example.test/link#tok_AbCdEf-gh_IJ";
// 2026-11-27 18:00 in Japan.
const expiresAt = new Date("2026-11-27T09:00:00Z");
const hostile = {
  ...branding,
  insurerName: "<script>x</script>損保",
  desk: { ...branding.desk, name: "デスク<b>&" },
};

/** The same checks for every mail: branding, desk, closing, and no raw markup from values in the HTML. */
function expectSeedFrame(mail: MailContent) {
  for (const body of [mail.text, mail.html]) {
    expect(body).toContain(
      `${branding.insurerName}「お客さまWebサービス」をご利用いただきありがとうございます。`,
    );
    expect(body).toContain(branding.insurerLegalName);
    expect(body).toContain(`TEL:${branding.desk.phone}`);
    expect(body).toContain(`${branding.desk.name}`);
    expect(body).toContain(
      "本メールへのお問い合わせは承りかねますので、あらかじめご了承願います。",
    );
  }
  expect(mail.html).toMatch(/^<!DOCTYPE html>/);
}

describe("mail templates", () => {
  it("registration invitation: the seed's wording, the link and deadline, never the keyword", () => {
    const mail = registrationInvitationMail({ branding, link, expiresAt, timeZone });
    expect(mail.subject).toBe(`【${branding.insurerName}】初回利用登録に関するご案内`);
    expectSeedFrame(mail);
    expect(mail.text).toContain("開いた画面にご指定いただいた【キーワード】を入力してください。");
    expect(mail.text).toContain(
      "続いて、ユーザーIDとパスワードをご指定いただきますと利用登録は完了します。",
    );
    expect(mail.text).toContain("本メール発信から48時間を経過しますと");
    expect(mail.text).toContain(`${link}\nご利用期限: 2026年11月27日18時まで`);
    expect(mail.text).toContain(
      "本メールはお客さまのご入力いただいた内容に基づき自動発信しております。",
    );
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`);
    expect(extractLinks(mail.text)).toEqual([link]);
    expect(mail.text).not.toContain("Abc123");
    // No real company as the default.
    expect(mail.text).not.toMatch(/三井|住友|MS&AD/);
  });

  it("account already exists: same subject, points to login and recovery", () => {
    const mail = accountAlreadyExistsMail({
      branding,
      loginUrl: "https://cws.example.test/login",
      recoveryUrl: "https://cws.example.test/forgot",
    });
    expect(mail.subject).toBe(`【${branding.insurerName}】初回利用登録に関するご案内`);
    expectSeedFrame(mail);
    expect(mail.text).toContain("すでに「お客さまWebサービス」にご登録いただいております");
    expect(mail.text).toContain("ユーザーID・パスワードをお忘れの方はこちら");
    expect(extractLinks(mail.text)).toEqual([
      "https://cws.example.test/login",
      "https://cws.example.test/forgot",
    ]);
    expect(mail.text).not.toContain("ご利用期限");
  });

  it("credential reset: only the link and deadline, no keyword", () => {
    const mail = credentialResetMail({ branding, link, expiresAt, timeZone });
    expect(mail.subject).toBe(
      `【${branding.insurerName}】ユーザーID・パスワード再登録手続きのご案内`,
    );
    expectSeedFrame(mail);
    expect(mail.text).toContain("本メール発信から24時間を経過しますと");
    expect(mail.text).toContain("キーワードは本メールには記載しておりません");
    expect(mail.text).toContain(`${link}\nご利用期限: 2026年11月27日18時まで`);
    // A recovery keyword is 10 digits; no such run may appear anywhere.
    expect(mail.text).not.toMatch(/\d{10}/);
    expect(extractLinks(mail.text)).toEqual([link]);
  });

  it("settings changed: names what changed (not the values), when, and whom to call if it was not them", () => {
    const mail = settingsChangedMail({
      branding,
      changed: ["email", "password", "password"],
      at: new Date("2026-11-29T19:00:00Z"),
      timeZone,
    });
    expect(mail.subject).toBe(`【${branding.insurerName}】お客さまの設定情報変更のお知らせ`);
    expectSeedFrame(mail);
    expect(mail.text).toContain("変更日時: 2026年11月30日 4:00");
    expect(mail.text).toContain("変更項目: メールアドレス(ユーザーID)、パスワード\n");
    expect(mail.text).not.toContain("サービスに関する情報のメール");
    expect(mail.text).toContain("お客さまご自身で変更されていない場合は");
    expect(extractLinks(mail.text)).toEqual([]);
  });

  it("e-mail change verification: a link to confirm the new address", () => {
    const mail = emailChangeVerificationMail({ branding, link, expiresAt, timeZone });
    expect(mail.subject).toBe(`【${branding.insurerName}】メールアドレス変更手続きのご案内`);
    expectSeedFrame(mail);
    expect(mail.text).toContain("新しいメールアドレスの確認のため");
    expect(mail.text).toContain(`${link}\nご利用期限: 2026年11月27日18時まで`);
  });

  it("renewal completed: the new period as the contract list writes dates, and the premium in yen", () => {
    const mail = renewalCompletedMail({
      branding,
      policyNumber: "0123456789",
      description: "団体自動車保険 <ノンフリート>",
      startsOn: "2026-04-01",
      endsOn: "2027-04-01",
      premiumYen: 1_234_567,
      timeZone,
      completedAt: new Date("2026-03-01T01:00:00Z"),
    });
    expect(mail.subject).toBe(`【${branding.insurerName}】継続手続完了のお知らせ`);
    expectSeedFrame(mail);
    expect(mail.text).toContain("契約番号: 0123456789");
    expect(mail.text).toContain("新しい保険期間: 2026年04月01日 ～ 2027年04月01日");
    expect(mail.text).toContain("保険料: 1,234,567円");
    expect(mail.text).toContain("お手続日時: 2026年3月1日 10:00");
    expect(mail.html).toContain("団体自動車保険 &lt;ノンフリート&gt;");
    expect(mail.html).not.toContain("<ノンフリート>");
    expect(() =>
      renewalCompletedMail({
        branding,
        policyNumber: "1",
        description: "x",
        startsOn: "2026/04/01",
        endsOn: "2027-04-01",
        premiumYen: 1,
        timeZone,
      }),
    ).toThrow(RangeError);
  });

  it("temporary password issued: login link and the required change, never the password", () => {
    const mail = temporaryPasswordIssuedMail({
      branding,
      loginUrl: "https://cws.example.test/login",
    });
    expect(mail.subject).toBe(`【${branding.insurerName}】仮パスワード発行のお知らせ`);
    expectSeedFrame(mail);
    expect(mail.text).toContain(branding.agencyName);
    expect(mail.text).toContain("仮パスワードは本メールには記載しておりません");
    expect(mail.text).toContain("初回ログイン時に新しいパスワードの設定が必要です");
    expect(mail.text).toContain("代理店でのお手続きに基づき自動発信");
    expect(mail.text).not.toMatch(/仮パスワード\s*[:：]/);
    expect(extractLinks(mail.text)).toEqual(["https://cws.example.test/login"]);
  });

  it("escapes branding values in the HTML part but keeps them verbatim in the text part", () => {
    const mails = [
      registrationInvitationMail({ branding: hostile, link, expiresAt, timeZone }),
      accountAlreadyExistsMail({ branding: hostile, loginUrl: link, recoveryUrl: link }),
      credentialResetMail({ branding: hostile, link, expiresAt, timeZone }),
      settingsChangedMail({ branding: hostile, changed: ["mailOptIn"], at: expiresAt, timeZone }),
      emailChangeVerificationMail({ branding: hostile, link, expiresAt, timeZone }),
      renewalCompletedMail({
        branding: hostile,
        policyNumber: "1",
        description: "d",
        startsOn: "2026-04-01",
        endsOn: "2027-04-01",
        premiumYen: 1,
        timeZone,
      }),
      temporaryPasswordIssuedMail({ branding: hostile, loginUrl: link }),
    ];
    for (const mail of mails) {
      expect(mail.subject).toContain("<script>");
      expect(mail.text).toContain("<script>x</script>損保");
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).not.toContain("<b>");
      expect(mail.html).toContain("&lt;script&gt;x&lt;/script&gt;損保");
      expect(mail.html).toContain("デスク&lt;b&gt;&amp;");
    }
  });

  it("renders a non-web link as inert text, and escapes quotes for attributes", () => {
    const mail = accountAlreadyExistsMail({
      branding,
      loginUrl: "javascript:alert(1)",
      recoveryUrl: 'https://x.test/?a="b"',
    });
    expect(mail.html).not.toContain('href="javascript:');
    expect(mail.html).toContain('<a href="https://x.test/?a=&quot;b&quot;">');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
  });
});
