import type { Em } from "../database/orm.ts";
import { AuditEvent, type AuditEventType } from "./audit-event.entity.ts";

/** Who made a request: recorded with every audit event. */
export interface RequestOrigin {
  ip: string;
  userAgent: string;
  /** The request's id (X-Request-Id), when it came over HTTP. */
  requestId?: string;
}

export interface AuditEntry {
  type: AuditEventType;
  at: Date;
  origin: RequestOrigin;
  accountId?: string | null;
  policyholderId?: string | null;
  staffId?: string | null;
  /** Facts worth keeping; never secrets (no passwords, keywords or tokens). */
  detail?: Record<string, unknown> | null;
}

/**
 * Adds an audit row to the caller's unit of work, so it commits (or rolls back) with the
 * change it records.
 */
export function recordAudit(em: Em, entry: AuditEntry): AuditEvent {
  return em.create(AuditEvent, {
    type: entry.type,
    at: entry.at,
    clientIp: entry.origin.ip.slice(0, 64),
    userAgent: entry.origin.userAgent.slice(0, 500),
    requestId: entry.origin.requestId ?? null,
    accountId: entry.accountId ?? null,
    policyholderId: entry.policyholderId ?? null,
    staffId: entry.staffId ?? null,
    detail: entry.detail ?? null,
  });
}

/**
 * Writes audit rows at once, in one raw insert through the caller's entity manager (so in its
 * transaction): for hot paths that would otherwise create, track and flush an entity per row.
 * The same columns and values as {@link recordAudit}.
 */
export async function insertAuditRows(em: Em, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const values: unknown[] = [];
  for (const entry of entries) {
    values.push(
      entry.type,
      entry.at.toISOString(),
      entry.origin.ip.slice(0, 64),
      entry.origin.userAgent.slice(0, 500),
      entry.origin.requestId ?? null,
      entry.accountId ?? null,
      entry.policyholderId ?? null,
      entry.staffId ?? null,
      entry.detail === null || entry.detail === undefined ? null : JSON.stringify(entry.detail),
    );
  }
  await em.execute(
    `insert into "audit_event" ("type", "at", "client_ip", "user_agent", "request_id",
    "account_id", "policyholder_id", "staff_id", "detail") values ${entries
      .map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .join(", ")}`,
    values,
  );
}
