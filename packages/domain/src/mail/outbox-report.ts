import type { Em } from "../database/orm.ts";
import { OUTBOX_STATUSES, OutboxMessage, type OutboxStatus } from "./outbox-message.entity.ts";

/** A mail that will not be delivered, as staff need to see it to act (resend with a fresh link, fix an address). */
export interface UndeliveredMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  /** FAILED: the server refused it for good; GAVE_UP: its deadline passed while delivery kept failing. */
  status: "FAILED" | "GAVE_UP";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  gaveUpAt: Date | null;
  /** False once the body was erased (its link died): a resend needs a fresh mail. */
  bodyKept: boolean;
}

/** Given-up mails, the most recent first; `since` limits them to those given up from then on. */
export async function undeliveredMails(
  em: Em,
  { limit, since }: { limit: number; since?: Date },
): Promise<UndeliveredMail[]> {
  const rows = await em.find(
    OutboxMessage,
    { status: { $in: ["FAILED", "GAVE_UP"] }, ...(since ? { gaveUpAt: { $gte: since } } : {}) },
    { orderBy: { gaveUpAt: "desc", id: "desc" }, limit: Math.max(1, Math.min(limit, 500)) },
  );
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    to: m.toAddress,
    subject: m.subject,
    status: m.status as "FAILED" | "GAVE_UP",
    attempts: m.attempts,
    lastError: m.lastError ?? null,
    createdAt: m.createdAt,
    gaveUpAt: m.gaveUpAt ?? null,
    bodyKept: m.bodyErasedAt == null,
  }));
}

/** The outbox at a glance, for metrics: rows by status and how long the oldest pending mail has waited. */
export interface OutboxMetrics {
  byStatus: Record<OutboxStatus, number>;
  /** Seconds since the oldest PENDING mail was queued; 0 when none is pending. */
  oldestPendingAgeSeconds: number;
}

export async function outboxMetrics(em: Em, now: Date): Promise<OutboxMetrics> {
  const rows: { status: OutboxStatus; n: string | number; oldest: Date | string | null }[] =
    await em.execute(
      `select "status", count(*) as "n", min("created_at") as "oldest" from "mail_outbox" group by "status"`,
    );
  const byStatus = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<
    OutboxStatus,
    number
  >;
  let oldestPendingAgeSeconds = 0;
  for (const row of rows) {
    byStatus[row.status] = Number(row.n);
    if (row.status === "PENDING" && row.oldest !== null) {
      oldestPendingAgeSeconds = Math.max(
        0,
        Math.floor((now.getTime() - new Date(row.oldest).getTime()) / 1000),
      );
    }
  }
  return { byStatus, oldestPendingAgeSeconds };
}
