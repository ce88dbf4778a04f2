import type { MailContent } from "../mail-content.ts";
import { formatDateTimeJa } from "../../time/japan-time.ts";
import { composeMail, subjectLine, type Branding, type MailLanguage } from "./mail-layout.ts";

/** What a reset can change (seed STEP 5). */
export type ResetChange = "userId" | "email" | "password" | "mailOptIn";

const LABELS: Record<ResetChange, string> = {
  userId: "ユーザーID",
  email: "メールアドレス",
  password: "パスワード",
  mailOptIn: "サービスに関する情報のメール",
};

export interface CredentialResetCompletedInput {
  branding: Branding;
  changed: ResetChange[];
  at: Date;
  timeZone: string;
  /** The user ID that logs in from now on; null in the copy for an address the account left. */
  userId: string | null;
  language?: MailLanguage;
}

/**
 * Seed STEP 6: the reset is complete. Names what changed (never a new password) and the
 * user ID that works from now on, so the customer does not have to guess which one it is.
 */
export function credentialResetCompletedMail({
  branding,
  changed,
  at,
  timeZone,
  userId,
  language,
}: CredentialResetCompletedInput): MailContent {
  const items = [...new Set(changed)].map((c) => LABELS[c]);
  const login: string[] =
    userId === null
      ? []
      : [
          `ログインにご利用いただくユーザーID: ${userId}`,
          "※ユーザーIDのほか、ご登録のメールアドレスでもログインいただけます。",
        ];
  return composeMail({
    branding,
    language,
    englishSummary:
      userId === null
        ? "Your user ID and password reset is complete."
        : `Your user ID and password reset is complete; log in with the user ID ${userId} or your e-mail address.`,
    subject: subjectLine(branding, "ユーザーID・パスワード再登録完了のお知らせ"),
    body: [
      [
        "お客さまの「お客さまWebサービス」のユーザーID・パスワード再登録が完了しましたので、お知らせいたします。",
      ],
      [
        `完了日時: ${formatDateTimeJa(at, timeZone)}`,
        `変更項目: ${items.length > 0 ? items.join("、") : "なし"}`,
      ],
      ...(login.length > 0 ? [login] : []),
    ],
    contactLead:
      "お客さまご自身でお手続きされていない場合は、第三者に不正に変更されたおそれがあります。お手数ですが、至急以下【お問い合わせ先】までご連絡ください。",
  });
}
