import { randomUUID } from "node:crypto";
import { LockMode } from "@mikro-orm/core";
import type { Orm } from "../database/orm.ts";
import { OutboxMessage } from "./outbox-message.entity.ts";
import { messageIdFor } from "./transports.ts";

const ERASED = "(本文は削除しました / body removed after delivery, or after its link expired)";

/** What replaces a body that may carry a live link token once it must not stay readable. */
export const ERASED_BODY = { textBody: ERASED, htmlBody: `<p>${ERASED}</p>` } as const;

/** Rows one dispatcher holds until `claimedUntil`; results are written with `token`. */
export interface OutboxClaim {
  token: string;
  messages: OutboxMessage[];
}

/**
 * Claims up to `limit` due rows for `leaseMs`. The rows are locked (`FOR UPDATE SKIP LOCKED`)
 * only for this short transaction; the lease, not a lock held through the SMTP conversation,
 * keeps other dispatchers off them while they are sent. A lease that ran out (its dispatcher
 * died or hung) makes the row claimable again. The Message-ID is fixed at the first claim.
 */
export async function claimDueMail(orm: Orm, input: { now: Date; limit: number; leaseMs: number; from: string }): Promise<OutboxClaim> {
  const token = randomUUID();
  const claimedUntil = new Date(input.now.getTime() + input.leaseMs);
  const messages = await orm.em.fork().transactional(async (tem) => {
    const rows = await tem.find(
      OutboxMessage,
      { status: "PENDING", nextAttemptAt: { $lte: input.now }, $or: [{ claimedUntil: null }, { claimedUntil: { $lte: input.now } }] },
      { orderBy: { createdAt: "asc", id: "asc" }, limit: input.limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    for (const row of rows) {
      row.claimedUntil = claimedUntil;
      row.claimToken = token;
      row.messageId ??= messageIdFor(row.id, input.from);
    }
    return rows;
  });
  return { token, messages };
}

/** The columns a result sets on one claimed row. */
export type OutboxResult = Partial<
  Pick<OutboxMessage, "status" | "attempts" | "nextAttemptAt" | "lastError" | "sentAt" | "gaveUpAt" | "textBody" | "htmlBody" | "bodyErasedAt">
>;

/**
 * Writes the results of one claim in one transaction, each only if the row is still held by
 * this claim: a dispatcher whose lease ran out and was replaced must not overwrite the newer
 * claim's result. Returns the ids whose result was written.
 */
export async function recordResults(orm: Orm, token: string, results: Map<string, OutboxResult>): Promise<Set<string>> {
  const written = new Set<string>();
  if (results.size === 0) return written;
  await orm.em.fork().transactional(async (tem) => {
    for (const [id, result] of results) {
      const changed = await tem.nativeUpdate(OutboxMessage, { id, claimToken: token }, { ...result, claimedUntil: null, claimToken: null });
      if (changed > 0) written.add(id);
    }
  });
  return written;
}

/**
 * Erases the bodies of undelivered mails whose link has died. Until then staff may need to see
 * what was not delivered; after it the body holds nothing useful but a dead token. Mails
 * without a link keep their body.
 */
export async function eraseDeadLinkBodies(orm: Orm, now: Date): Promise<number> {
  return orm.em.fork().nativeUpdate(
    OutboxMessage,
    { status: { $in: ["FAILED", "GAVE_UP"] }, linkExpiresAt: { $lte: now }, bodyErasedAt: null },
    { ...ERASED_BODY, bodyErasedAt: now },
  );
}
