import type { MailContent } from "../mail-content.ts";
import { formatDateTimeJa } from "../../time/japan-time.ts";
import { composeMail, subjectLine, type Branding, type MailLanguage } from "./mail-layout.ts";

/** The settings a customer can change (seed STEP 5). */
export type ChangedSetting = "email" | "password" | "mailOptIn";

const LABELS: Record<ChangedSetting, string> = {
  email: "メールアドレス(ユーザーID)",
  password: "パスワード",
  mailOptIn: "サービスに関する情報のメール",
};

export interface SettingsChangedInput {
  branding: Branding;
  changed: ChangedSetting[];
  at: Date;
  timeZone: string;
  /** "en": the mail opens with one English line saying what it is about. */
  language?: MailLanguage;
}

/**
 * Tells the customer their settings were changed, so a change they did not make is noticed.
 * It names what changed but never the new values.
 */
export function settingsChangedMail({
  branding,
  changed,
  at,
  timeZone,
  language,
}: SettingsChangedInput): MailContent {
  const items = [...new Set(changed)].map((c) => LABELS[c]);
  return composeMail({
    branding,
    language,
    englishSummary:
      "The settings of your Customer Web Service account were changed; if you did not change them, call us at once.",
    subject: subjectLine(branding, "お客さまの設定情報変更のお知らせ"),
    body: [
      ["お客さまの「お客さまWebサービス」の設定情報が変更されましたので、お知らせいたします。"],
      [`変更日時: ${formatDateTimeJa(at, timeZone)}`, `変更項目: ${items.join("、")}`],
    ],
    contactLead:
      "お客さまご自身で変更されていない場合は、第三者に不正に変更されたおそれがあります。お手数ですが、至急以下【お問い合わせ先】までご連絡ください。",
  });
}
