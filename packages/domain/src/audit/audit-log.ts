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

/** An entry's stored values, one rule for both ways of writing it ({@link recordAudit}, {@link insertAuditRows}). */
function auditValues(entry: AuditEntry) {
  return {
    type: entry.type,
    at: entry.at,
    clientIp: entry.origin.ip.slice(0, 64),
    userAgent: entry.origin.userAgent.slice(0, 500),
    requestId: entry.origin.requestId ?? null,
    accountId: entry.accountId ?? null,
    policyholderId: entry.policyholderId ?? null,
    staffId: entry.staffId ?? null,
    detail: entry.detail ?? null,
  };
}

/**
 * Adds an audit row to the caller's unit of work, so it commits (or rolls back) with the
 * change it records.
 */
export function recordAudit(em: Em, entry: AuditEntry): AuditEvent {
  return em.create(AuditEvent, auditValues(entry));
}

/**
 * Writes audit rows at once, in one raw insert through the caller's entity manager (so in its
 * transaction): for hot paths that would otherwise create, track and flush an entity per row.
 * The same values as {@link recordAudit}.
 */
export async function insertAuditRows(em: Em, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const values = entries.flatMap((entry) => {
    const row = auditValues(entry);
    const detail = row.detail === null ? null : JSON.stringify(row.detail);
    return [
      row.type,
      row.at.toISOString(),
      row.clientIp,
      row.userAgent,
      row.requestId,
      row.accountId,
      row.policyholderId,
      row.staffId,
      detail,
    ];
  });
  await em.execute(
    `insert into "audit_event" ("type", "at", "client_ip", "user_agent", "request_id",
    "account_id", "policyholder_id", "staff_id", "detail") values ${entries
      .map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .join(", ")}`,
    values,
  );
}
