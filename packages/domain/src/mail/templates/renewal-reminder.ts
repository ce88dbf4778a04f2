import type { MailContent } from "../mail-content.ts";
import { composeMail, subjectLine, type Branding, type MailLanguage } from "./mail-layout.ts";

/** Which reminder: when the renewal window opens, or the configured days before expiry. */
export const RENEWAL_REMINDER_KINDS = ["WINDOW_OPENED", "BEFORE_EXPIRY"] as const;
export type RenewalReminderKind = (typeof RENEWAL_REMINDER_KINDS)[number];

export interface RenewalReminderInput {
  branding: Branding;
  kind: RenewalReminderKind;
  policyNumber: string;
  /** 契約内容, as the contract list shows it. */
  description: string;
  /** 満期日 of the period, YYYY-MM-DD. */
  endsOn: string;
  /** The last day the customer may renew online, YYYY-MM-DD (the expiry date itself). */
  deadline: string;
  /** The login page the mail links to. */
  loginUrl: string;
  /** "en": the mail opens with one English line saying what it is about. */
  language?: MailLanguage;
}

/** 2026-04-01 → 2026年04月01日, the seed's contract-list form. */
function formatDateJa(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return `${match[1]}年${match[2]}月${match[3]}日`;
}

/**
 * 満期のご案内: the contract whose expiry is near, its 満期日, the last day to renew online and
 * the login link. Sent to every registered customer whatever their service-mail choice: it
 * concerns their cover.
 */
export function renewalReminderMail(input: RenewalReminderInput): MailContent {
  const { branding, kind, policyNumber, description, endsOn, deadline, loginUrl, language } = input;
  const lead =
    kind === "WINDOW_OPENED"
      ? "以下のご契約の満期日が近づいてまいりました。本日より「お客さまWebサービス」で継続手続をしていただけます。"
      : "以下のご契約の満期日が近づいております。継続手続がまだお済みでないため、あらためてご案内いたします。";
  return composeMail({
    branding,
    language,
    englishSummary: `Your contract ${policyNumber} expires on ${endsOn}; you can renew it online until ${deadline}.`,
    subject: subjectLine(branding, "満期のご案内"),
    body: [
      [lead],
      [
        `契約番号: ${policyNumber}`,
        `契約内容: ${description}`,
        `満期日: ${formatDateJa(endsOn)}`,
        `継続手続の期限: ${formatDateJa(deadline)}まで`,
      ],
      [
        "継続手続は、以下のURLからログインのうえ、ホーム画面の契約一覧の「継続手続」からお手続きください。",
        { url: loginUrl },
      ],
      [
        "期限を過ぎますとWebでのお手続きはできません。期限後のお手続きや、すでに代理店でお手続き済みの場合のお問い合わせは、以下【お問い合わせ先】までご連絡ください。",
      ],
    ],
    contactLead: "ご不明な点がある場合は、お手数ですが、以下【お問い合わせ先】までご連絡ください。",
    closing: "本メールは、満期日が近づいたご契約のお客さまに自動発信しております。",
  });
}
