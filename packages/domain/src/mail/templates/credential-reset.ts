import type { MailContent } from "../mail-content.ts";
import { formatDeadlineJa } from "../../time/japan-time.ts";
import {
  composeMail,
  linkWithDeadline,
  subjectLine,
  type Branding,
  type MailLanguage,
} from "./mail-layout.ts";

export interface CredentialResetInput {
  branding: Branding;
  link: string;
  expiresAt: Date;
  timeZone: string;
  /** How long the link lives, stated in the mail; 24 unless configured otherwise. */
  validHours?: number;
  /**
   * The account's current user ID: it stays unless the customer chooses another in STEP 5.
   * Absent (a copy staff send again) the mail does not name it.
   */
  userId?: string;
  language?: MailLanguage;
}

/**
 * Seed STEP 3: the re-registration link for a forgotten user ID or password. The keyword was
 * shown on the screen only (the seed: "メールには、キーワードをご案内していません"), so a
 * stolen mailbox alone is not enough to take the account over. The mail names the current
 * user ID (customers who forgot it need nothing else) and that the address also logs in.
 */
export function credentialResetMail({
  branding,
  link,
  expiresAt,
  timeZone,
  validHours = 24,
  userId,
  language,
}: CredentialResetInput): MailContent {
  return composeMail({
    branding,
    language,
    englishSummary:
      "To reset your user ID or password, open the link below and enter the keyword shown on the screen" +
      (userId === undefined ? "." : `; your current user ID is ${userId}.`),
    subject: subjectLine(branding, "ユーザーID・パスワード再登録手続きのご案内"),
    body: [
      [
        "ユーザーID・パスワード再登録のお手続きを承りました。",
        "以下URLをクリックまたはダブルクリックして画面を開き、お手続きの画面に表示された【キーワード】を入力してください。",
      ],
      [
        ...(userId === undefined ? [] : [`現在のユーザーID: ${userId}`]),
        "続いて、ユーザーID(現在のままか新しいもの)とパスワードをご指定いただきますと再登録は完了します。",
        "※ログインには、ユーザーIDのほか、ご登録のメールアドレスもご利用いただけます。",
      ],
      [
        "※キーワードは本メールには記載しておりません。お手続きの画面でメモを取るなどしたキーワードをご利用ください。",
        `※このURLはセキュリティを考慮し、一回のお手続きのみ有効となっております。また、本メール発信から${validHours}時間を経過しますと、利用できなくなりますのでご注意ください。`,
      ],
      linkWithDeadline(link, formatDeadlineJa(expiresAt, timeZone)),
    ],
  });
}
