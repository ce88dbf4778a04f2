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
