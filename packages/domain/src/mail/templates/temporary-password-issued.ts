import type { MailContent } from "../mail-content.ts";
import { composeMail, subjectLine, type Branding, type MailLanguage } from "./mail-layout.ts";

export interface TemporaryPasswordIssuedInput {
  branding: Branding;
  loginUrl: string;
  /** "en": the mail opens with one English line saying what it is about. */
  language?: MailLanguage;
}

/**
 * Tells the customer that agency staff issued a temporary password. The password is not an
 * input: staff hand it over separately, so the mail alone never opens the account.
 */
export function temporaryPasswordIssuedMail({
  branding,
  loginUrl,
  language,
}: TemporaryPasswordIssuedInput): MailContent {
  return composeMail({
    branding,
    language,
    englishSummary:
      "Your agency issued you a temporary password (not written here);" +
      " log in with it at the link below and set a new one.",
    subject: subjectLine(branding, "仮パスワード発行のお知らせ"),
    body: [
      [
        `${branding.agencyName}にて、お客さまの「お客さまWebサービス」の仮パスワードを発行しました。`,
        "仮パスワードは本メールには記載しておりません。担当者から別途お伝えする仮パスワードをご利用ください。",
      ],
      [
        "以下URLから、ユーザーIDと仮パスワードでログインしてください。",
        "初回ログイン時に新しいパスワードの設定が必要です。新しいパスワードを設定するまで、ほかのお手続きはご利用いただけません。",
      ],
      [{ url: loginUrl }],
      [
        "※仮パスワードには有効期限があります。期限を過ぎた場合は、お手数ですが再度発行をご依頼ください。",
      ],
    ],
    // The customer typed nothing: staff caused this mail, so the seed's closing would be untrue.
    closing: "本メールは代理店でのお手続きに基づき自動発信しております。",
  });
}
