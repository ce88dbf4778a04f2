import { randomUUID } from "node:crypto";
import { defineEntity, p } from "@mikro-orm/core";

/**
 * PENDING: waiting for (another) attempt. SENT: accepted by the SMTP server. FAILED: the
 * server refused this message for good. GAVE_UP: its deadline (the link's expiry, or the
 * configured age) passed before any attempt got through. CAPTURED: the development transport
 * kept it instead of sending; it is read at /dev/mailbox. SUPERSEDED: staff resent it with a
 * fresh link, so this copy (and its dead link) is never sent or resent.
 */
export const OUTBOX_STATUSES = [
  "PENDING",
  "SENT",
  "FAILED",
  "GAVE_UP",
  "CAPTURED",
  "SUPERSEDED",
] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Mails not delivered that staff see on a customer and may send again: waiting, refused, given up. */
export const UNDELIVERED_STATUSES: readonly OutboxStatus[] = ["PENDING", "FAILED", "GAVE_UP"];

/**
 * A mail waiting to be delivered, or the record of one that was. It is written in the same
 * transaction as the change that causes it, so a mail exists exactly when that change does.
 */
export const OutboxMessageSchema = defineEntity({
  name: "OutboxMessage",
  tableName: "mail_outbox",
  properties: {
    // Generated here rather than by the database so the id (and so the Message-ID) is known before the flush.
    id: p
      .uuid()
      .primary()
      .defaultRaw("gen_random_uuid()")
      .onCreate(() => randomUUID()),
    /** Which template produced it, e.g. "registration-invitation". */
    kind: p.text(),
    toAddress: p.string().length(254),
    subject: p.text(),
    textBody: p.text(),
    htmlBody: p.text(),
    status: p.enum(OUTBOX_STATUSES),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime(),
    /** Why the last attempt failed, short and free of credentials. */
    lastError: p.text().nullable(),
    createdAt: p.datetime(),
    sentAt: p.datetime().nullable(),
    /** When the link the mail carries dies: the mail is pointless after it, and its body a risk. Null: no link. */
    linkExpiresAt: p.datetime().nullable(),
    /** Set at the first claim and sent on every attempt, so a receiver can drop a copy. */
    messageId: p.text().nullable(),
    /** The lease of the dispatcher sending it; another may claim the row only after it. */
    claimedUntil: p.datetime().nullable(),
    /** Which claim holds the lease: a result is written only by the claim that still holds it. */
    claimToken: p.uuid().nullable(),
    gaveUpAt: p.datetime().nullable(),
    /** When the body was replaced by a notice (after delivery, or once the link in it died). */
    bodyErasedAt: p.datetime().nullable(),
  },
  indexes: [
    { properties: ["status", "nextAttemptAt"], name: "mail_outbox_status_next_attempt_at_index" },
  ],
  checks: [{ name: "mail_outbox_attempts_check", expression: '"attempts" >= 0' }],
});

export class OutboxMessage extends OutboxMessageSchema.class {}
OutboxMessageSchema.setClass(OutboxMessage);
