import type { MailContent } from "../mail-content.ts";
import { formatDeadlineJa } from "../../time/japan-time.ts";
import { composeMail, linkWithDeadline, subjectLine, type Branding } from "./mail-layout.ts";

export interface CredentialResetInput {
  branding: Branding;
  link: string;
  expiresAt: Date;
  timeZone: string;
  /** How long the link lives, stated in the mail; 24 unless configured otherwise. */
  validHours?: number;
}

/**
 * Seed STEP 3: the re-registration link for a forgotten user ID or password. The keyword was
 * shown on the screen only (the seed: "メールには、キーワードをご案内していません"), so a
 * stolen mailbox alone is not enough to take the account over.
 */
export function credentialResetMail({
  branding,
  link,
  expiresAt,
  timeZone,
  validHours = 24,
}: CredentialResetInput): MailContent {
  return composeMail({
    branding,
    subject: subjectLine(branding, "ユーザーID・パスワード再登録手続きのご案内"),
    body: [
      [
        "ユーザーID・パスワード再登録のお手続きを承りました。",
        "以下URLをクリックまたはダブルクリックして画面を開き、お手続きの画面に表示された【キーワード】を入力してください。",
      ],
      [
        "続いて、ユーザーID(メールアドレス)とパスワードを再度ご指定いただきますと再登録は完了します。",
      ],
      [
        "※キーワードは本メールには記載しておりません。お手続きの画面でメモを取るなどしたキーワードをご利用ください。",
        `※このURLはセキュリティを考慮し、一回のお手続きのみ有効となっております。また、本メール発信から${validHours}時間を経過しますと、利用できなくなりますのでご注意ください。`,
      ],
      linkWithDeadline(link, formatDeadlineJa(expiresAt, timeZone)),
    ],
  });
}
