import { randomUUID } from "node:crypto";
import type { Orm } from "../database/orm.ts";
import { OutboxMessage } from "./outbox-message.entity.ts";
import { messageIdDomain } from "./transports.ts";

const ERASED = "(本文は削除しました / body removed after delivery, or after its link expired)";

/** What replaces a body that may carry a live link token once it must not stay readable. */
export const ERASED_BODY = { textBody: ERASED, htmlBody: `<p>${ERASED}</p>` } as const;

/** Rows one dispatcher holds until `claimedUntil`; results are written with `token`. */
export interface OutboxClaim {
  token: string;
  messages: OutboxMessage[];
}

/**
 * Claims up to `limit` due rows for `leaseMs`, oldest due first, in one statement. The rows are
 * locked (`FOR UPDATE SKIP LOCKED`) only while it runs; the lease, not a lock held through the
 * SMTP conversation, keeps other dispatchers off them while they are sent. A lease that ran
 * out (its dispatcher died or hung) makes the row claimable again. The Message-ID is fixed at
 * the first claim.
 */
export async function claimDueMail(
  orm: Orm,
  input: { now: Date; limit: number; leaseMs: number; from: string },
): Promise<OutboxClaim> {
  const token = randomUUID();
  const claimedUntil = new Date(input.now.getTime() + input.leaseMs);
  const em = orm.em.fork();
  const rows: Record<string, unknown>[] = await em.execute(
    `update "mail_outbox" set "claimed_until" = ?, "claim_token" = ?,
       "message_id" = coalesce("message_id", '<' || "id"::text || '@' || ? || '>')
     where "id" in (
       select "id" from "mail_outbox"
       where "status" = 'PENDING' and "next_attempt_at" <= ? and ("claimed_until" is null or "claimed_until" <= ?)
       order by "next_attempt_at", "id" limit ? for update skip locked)
     returning *`,
    [claimedUntil, token, messageIdDomain(input.from), input.now, input.now, input.limit],
  );
  const messages = rows.map((row) => em.map(OutboxMessage, row));
  // The statement does not promise an order; the oldest go first, as they were picked.
  messages.sort(
    (a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id.localeCompare(b.id),
  );
  return { token, messages };
}

/** The columns a result sets on one claimed row. */
export type OutboxResult = Partial<
  Pick<
    OutboxMessage,
    | "status"
    | "attempts"
    | "nextAttemptAt"
    | "lastError"
    | "sentAt"
    | "gaveUpAt"
    | "textBody"
    | "htmlBody"
    | "bodyErasedAt"
  >
>;

/**
 * Writes the results of one claim in one transaction, each only if the row is still held by
 * this claim: a dispatcher whose lease ran out and was replaced must not overwrite the newer
 * claim's result. Deliveries (the bulk) are written in one statement. Returns the ids whose
 * result was written.
 */
export async function recordResults(
  orm: Orm,
  token: string,
  delivered: { ids: string[]; result: OutboxResult },
  others: Map<string, OutboxResult>,
): Promise<Set<string>> {
  const written = new Set<string>();
  if (delivered.ids.length === 0 && others.size === 0) return written;
  await orm.em.fork().transactional(async (tem) => {
    if (delivered.ids.length > 0) {
      const r = delivered.result;
      const erase = r.bodyErasedAt
        ? `, "text_body" = ?, "html_body" = ?, "body_erased_at" = ?`
        : "";
      const rows: { id: string }[] = await tem.execute(
        `update "mail_outbox" set "status" = ?, "sent_at" = ?, "attempts" = "attempts" + 1, "last_error" = null,
           "claimed_until" = null, "claim_token" = null${erase}
         where "claim_token" = ? and "id" in (${delivered.ids.map(() => "?").join(", ")}) returning "id"`,
        [
          r.status,
          r.sentAt,
          ...(erase ? [r.textBody, r.htmlBody, r.bodyErasedAt] : []),
          token,
          ...delivered.ids,
        ],
      );
      for (const row of rows) written.add(row.id);
    }
    for (const [id, result] of others) {
      const release = { claimedUntil: null, claimToken: null };
      const changed = await tem.nativeUpdate(
        OutboxMessage,
        { id, claimToken: token },
        { ...result, ...release },
      );
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
    {
      status: { $in: ["FAILED", "GAVE_UP", "SUPERSEDED"] },
      linkExpiresAt: { $lte: now },
      bodyErasedAt: null,
    },
    { ...ERASED_BODY, bodyErasedAt: now },
  );
}
