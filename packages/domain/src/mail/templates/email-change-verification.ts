import type { MailContent } from "../mail-content.ts";
import { formatDeadlineJa } from "../../time/japan-time.ts";
import {
  composeMail,
  linkWithDeadline,
  subjectLine,
  type Branding,
  type MailLanguage,
} from "./mail-layout.ts";

export interface EmailChangeVerificationInput {
  branding: Branding;
  link: string;
  expiresAt: Date;
  timeZone: string;
  /** "en": the mail opens with one English line saying what it is about. */
  language?: MailLanguage;
}

/** Sent to the NEW address: the change takes effect only once its owner opens the link. */
export function emailChangeVerificationMail({
  branding,
  link,
  expiresAt,
  timeZone,
  language,
}: EmailChangeVerificationInput): MailContent {
  return composeMail({
    branding,
    language,
    englishSummary:
      "Open the link below to confirm this address as your new e-mail address (user ID); it works once and expires.",
    subject: subjectLine(branding, "メールアドレス変更手続きのご案内"),
    body: [
      [
        "メールアドレス(ユーザーID)変更のお手続きを承りました。",
        "新しいメールアドレスの確認のため、以下URLをクリックまたはダブルクリックして画面を開き、お手続きを完了してください。",
        "お手続きが完了しますと、本メールの宛先が新しいメールアドレスとして登録されます。",
      ],
      [
        "※このURLはセキュリティを考慮し、一回のお手続きのみ有効となっております。また、ご利用期限を過ぎますと、利用できなくなりますのでご注意ください。",
        "※お心当たりのない場合は、本メールを破棄してください。メールアドレスは変更されません。",
      ],
      linkWithDeadline(link, formatDeadlineJa(expiresAt, timeZone)),
    ],
  });
}
