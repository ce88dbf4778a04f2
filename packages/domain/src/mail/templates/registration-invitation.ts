import type { MailContent } from "../mail-content.ts";
import { formatDeadlineJa } from "../../time/japan-time.ts";
import {
  composeMail,
  linkWithDeadline,
  subjectLine,
  type Branding,
  type MailLanguage,
} from "./mail-layout.ts";

export interface RegistrationInvitationInput {
  branding: Branding;
  /** The single-use link page URL (the token is in it). */
  link: string;
  expiresAt: Date;
  timeZone: string;
  /** How long the link lives, stated in the mail; 48 unless configured otherwise. */
  validHours?: number;
  /** "en": the mail opens with one English line saying what it is about. */
  language?: MailLanguage;
}

/**
 * Seed step 6, "メール文言": the first-time registration link. The customer's keyword is
 * deliberately not an input, so it can never end up in the mail.
 */
export function registrationInvitationMail({
  branding,
  link,
  expiresAt,
  timeZone,
  validHours = 48,
  language,
}: RegistrationInvitationInput): MailContent {
  return composeMail({
    branding,
    language,
    englishSummary:
      `To finish your registration, open the link below within ${validHours} hours` +
      " and enter the keyword you chose.",
    subject: subjectLine(branding, "初回利用登録に関するご案内"),
    body: [
      [
        "初回利用登録を完了するために、以下URLをクリックまたはダブルクリックして画面を開いてください。",
        "開いた画面にご指定いただいた【キーワード】を入力してください。",
      ],
      ["続いて、ユーザーIDとパスワードをご指定いただきますと利用登録は完了します。"],
      [
        `※このURLはセキュリティを考慮し、一回のお手続きのみ有効となっております。また、本メール発信から${validHours}時間を経過しますと、利用できなくなりますのでご注意ください。`,
      ],
      linkWithDeadline(link, formatDeadlineJa(expiresAt, timeZone)),
    ],
  });
}
