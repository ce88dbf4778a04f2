import type { Em } from "../database/orm.ts";
import type { MailContent } from "./mail-content.ts";
import { OutboxMessage, UNDELIVERED_STATUSES } from "./outbox-message.entity.ts";

/** A mail to queue: the address, the template it came from, the rendered content, and the business time. */
export interface QueuedMail {
  to: string;
  kind: string;
  content: MailContent;
  now: Date;
  /** The expiry of the link the mail carries: delivery is tried until then, and the body erased after. */
  linkExpiresAt?: Date | null;
}

/**
 * Adds a mail to the caller's unit of work; nothing is sent here. It commits (or rolls
 * back) with the caller's business transaction when the caller flushes, and the
 * dispatcher delivers it afterwards.
 */
export function queueMail(em: Em, mail: QueuedMail): OutboxMessage {
  // Addresses are validated where the customer enters them; this only stops a programming
  // error from producing an undeliverable row or a header with a line break in it.
  if (!/^[^\s@]+@[^\s@]+$/.test(mail.to))
    throw new RangeError("queueMail: not a single e-mail address");
  if (/[\r\n]/.test(mail.content.subject))
    throw new RangeError("queueMail: the subject must be one line");
  return em.create(OutboxMessage, {
    kind: mail.kind,
    toAddress: mail.to,
    subject: mail.content.subject,
    textBody: mail.content.text,
    htmlBody: mail.content.html,
    status: "PENDING",
    attempts: 0,
    nextAttemptAt: mail.now,
    lastError: null,
    createdAt: mail.now,
    sentAt: null,
    linkExpiresAt: mail.linkExpiresAt ?? null,
    messageId: null,
    claimedUntil: null,
    claimToken: null,
    gaveUpAt: null,
    bodyErasedAt: null,
  });
}

/**
 * Sends an undelivered mail again from scratch: back to PENDING, attempts reset, due now.
 * For mails whose content is still right (no link in them that has since died).
 */
export function requeueMail(message: OutboxMessage, now: Date): void {
  message.status = "PENDING";
  message.attempts = 0;
  message.nextAttemptAt = now;
  message.lastError = null;
  message.gaveUpAt = null;
}

/** Marks a mail that will not be sent because a fresh one replaces it. */
export function supersedeMail(message: OutboxMessage, reason: string): void {
  if (!UNDELIVERED_STATUSES.includes(message.status)) return;
  message.status = "SUPERSEDED";
  message.lastError = reason.slice(0, 200);
}
