import type { MailContent } from "../mail-content.ts";
import { formatDateTimeJa } from "../../time/japan-time.ts";
import { composeMail, subjectLine, type Branding, type MailLanguage } from "./mail-layout.ts";

export interface RenewalCompletedInput {
  branding: Branding;
  policyNumber: string;
  /** 契約内容, as the contract list shows it. */
  description: string;
  /** The new period's calendar dates, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  premiumYen: number;
  timeZone: string;
  /** When the customer completed the renewal; stated when given. */
  completedAt?: Date;
  /** "en": the mail opens with one English line saying what it is about. */
  language?: MailLanguage;
}

/** 2026-04-01 → 2026年04月01日, the seed's contract-list form. */
function formatDateJa(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return `${match[1]}年${match[2]}月${match[3]}日`;
}

/** Confirms an online renewal (seed: 契約の継続手続) with the new period and premium. */
export function renewalCompletedMail(input: RenewalCompletedInput): MailContent {
  const {
    branding,
    policyNumber,
    description,
    startsOn,
    endsOn,
    premiumYen,
    timeZone,
    completedAt,
    language,
  } = input;
  const details = [
    `契約番号: ${policyNumber}`,
    `契約内容: ${description}`,
    `新しい保険期間: ${formatDateJa(startsOn)} ～ ${formatDateJa(endsOn)}`,
    `保険料: ${premiumYen.toLocaleString("ja-JP")}円`,
  ];
  if (completedAt) details.push(`お手続日時: ${formatDateTimeJa(completedAt, timeZone)}`);
  return composeMail({
    branding,
    language,
    englishSummary:
      `The renewal of your contract ${policyNumber} is complete;` +
      ` the new period runs from ${startsOn} to ${endsOn}.`,
    subject: subjectLine(branding, "継続手続完了のお知らせ"),
    body: [
      ["以下のご契約について、継続手続が完了しました。"],
      details,
      [
        "ご契約内容は「お客さまWebサービス」にログインのうえ、ホーム画面の契約一覧からご確認いただけます。",
      ],
      [
        "「継続手続完了のお知らせ」(PDF)は、継続手続の完了画面、またはログイン後のホーム画面から、新しい保険期間の終了までダウンロードいただけます。",
      ],
    ],
  });
}
