import type { Em } from "../database/orm.ts";
import { OutboxMessage, type OutboxStatus } from "./outbox-message.entity.ts";

/** One mail as the development mailbox shows it. */
export interface MailboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  status: OutboxStatus;
  createdAt: Date;
  /** The URLs in the text body, so a developer (or a test) can follow a mailed link directly. */
  links: string[];
}

// ASCII URL characters only: Japanese text right after a URL is not part of it.
const URL_PATTERN = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;

/** The http(s) URLs in a text, in order, without trailing sentence punctuation. */
export function extractLinks(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(/[.,;:!?)'\]]+$/, ""));
}

/** The newest outbox messages first: the development mailbox at /dev/mailbox. */
export async function listMailbox(em: Em, { limit }: { limit: number }): Promise<MailboxEntry[]> {
  const rows = await em.find(
    OutboxMessage,
    {},
    { orderBy: { createdAt: "desc", id: "desc" }, limit: Math.max(1, Math.min(limit, 500)) },
  );
  return rows.map((m) => ({
    id: m.id,
    to: m.toAddress,
    subject: m.subject,
    text: m.textBody,
    html: m.htmlBody,
    status: m.status,
    createdAt: m.createdAt,
    links: extractLinks(m.textBody),
  }));
}
