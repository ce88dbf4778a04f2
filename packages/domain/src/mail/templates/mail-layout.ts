import type { Config } from "@cws/config";
import type { MailContent } from "../mail-content.ts";

/** The branding settings every template reads its names from. */
export type Branding = Config["branding"];

/** The language the customer uses the web app in; mails stay Japanese (the legal language). */
export type MailLanguage = "ja" | "en";

/** One line of a paragraph: text, or a URL rendered as a link in the HTML part. */
export type MailLine = string | { url: string };

/** A paragraph: its lines are separated by line breaks, paragraphs by a blank line. */
export type MailParagraph = MailLine[];

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const DEFAULT_CONTACT_LEAD =
  "本メールに心当たりのない場合や不明な点がある場合は、お手数ですが、以下【お問い合わせ先】までご連絡ください。";
const DEFAULT_CLOSING = "本メールはお客さまのご入力いただいた内容に基づき自動発信しております。";
const NO_REPLY = "本メールへのお問い合わせは承りかねますので、あらかじめご了承願います。";

/** The seed's opening line, with the insurer's name from the branding. */
export function greeting(branding: Branding): string {
  return `${branding.insurerName}「お客さまWebサービス」をご利用いただきありがとうございます。`;
}

/** The seed's subject form: 【insurer】title. */
export function subjectLine(branding: Branding, title: string): string {
  return `【${branding.insurerName}】${title}`;
}

function deskBlock(branding: Branding): MailParagraph {
  // 0120/0800 numbers are free to call in Japan; the seed marks them (無料), and only those.
  const free = /^0(120|800)/.test(branding.desk.phone) ? "(無料)" : "";
  return [
    "【お問い合わせ先】",
    branding.insurerLegalName,
    branding.desk.name,
    `TEL:${branding.desk.phone}${free}`,
    `受付時間:${branding.desk.hours}`,
  ];
}

function lineText(line: MailLine): string {
  return typeof line === "string" ? line : line.url;
}

function lineHtml(line: MailLine): string {
  if (typeof line === "string") return escapeHtml(line);
  // Only web links become anchors; anything else stays inert text.
  if (!/^https?:\/\//i.test(line.url)) return escapeHtml(line.url);
  const url = escapeHtml(line.url);
  return `<a href="${url}">${url}</a>`;
}

export interface ComposeOptions {
  branding: Branding;
  subject: string;
  /** The mail's own paragraphs, between the greeting and the contact block. */
  body: MailParagraph[];
  /** Replaces the seed's "本メールに心当たりのない場合や…" line where a mail needs a stronger warning. */
  contactLead?: string;
  /** Replaces the seed's "…ご入力いただいた内容に基づき自動発信…" line when the customer did not cause the mail. */
  closing?: string;
  /** "en": the mail starts with one English line ({@link englishLead}) before the Japanese. */
  language?: MailLanguage;
  /** What that English line says about this mail; a general line when absent. */
  englishSummary?: string;
}

/**
 * The one English line a mail starts with for a customer who uses the web app in English:
 * what the mail is about, and that the rest is in Japanese, the language of the contract.
 */
export function englishLead(branding: Branding, summary?: string): string {
  const about =
    summary ?? `A notice about your ${branding.en.insurerName} Customer Web Service account.`;
  return `${about} The details below are in Japanese, the language of your insurance contract.`;
}

/** Lays a mail out as the seed does: greeting, body, contact desk, and the automatic-mail closing. */
export function composeMail(options: ComposeOptions): MailContent {
  const english = options.language === "en";
  const paragraphs: MailParagraph[] = [
    ...(english ? [[englishLead(options.branding, options.englishSummary)]] : []),
    [greeting(options.branding)],
    ...options.body,
    [options.contactLead ?? DEFAULT_CONTACT_LEAD],
    deskBlock(options.branding),
    [options.closing ?? DEFAULT_CLOSING, NO_REPLY],
  ];
  const text = paragraphs.map((p) => p.map(lineText).join("\n")).join("\n\n") + "\n";
  const html = [
    "<!DOCTYPE html>",
    '<html lang="ja">',
    `<head><meta charset="utf-8"><title>${escapeHtml(options.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.7;">',
    ...paragraphs.map((p, i) => {
      // The English line is marked as such, so a screen reader reads it in an English voice.
      const lang = english && i === 0 ? ' lang="en"' : "";
      return `<p${lang}>${p.map(lineHtml).join("<br>\n")}</p>`;
    }),
    "</body>",
    "</html>",
  ].join("\n");
  return { subject: options.subject, text, html };
}

/** A link with its deadline under it, as the seed shows it. */
export function linkWithDeadline(url: string, deadline: string): MailParagraph {
  return [{ url }, `ご利用期限: ${deadline}`];
}
