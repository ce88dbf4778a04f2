import { visibleGroupNames } from "../agencies/agency-scope.ts";
import { AUDIT_EVENT_TYPES, type AuditEventType } from "../audit/audit-event.entity.ts";
import type { StaffScope } from "../staff/staff-scope.ts";
import { looksLikeUuid } from "../staff/staff-scope.ts";
import { decodeCursor, encodeCursor, jsonList, pageSize } from "./sql-lists.ts";

export interface AuditTrailFilter {
  accountId?: string | null;
  staffId?: string | null;
  type?: AuditEventType | null;
  /** Inclusive lower bound. */
  from?: Date | null;
  /** Exclusive upper bound. */
  to?: Date | null;
  after?: string | null;
  limit?: number;
}

export interface AuditTrailEntry {
  id: number;
  at: Date;
  type: AuditEventType;
  accountId: string | null;
  policyholderId: string | null;
  staffId: string | null;
  clientIp: string;
  userAgent: string;
  detail: Record<string, unknown> | null;
}

// An AGENT sees events about their agency's policyholders and the actions of their agency's staff.
const QUERY = `select e."id", e."at", e."type", e."account_id", e."policyholder_id", e."staff_id", e."client_ip",
    e."user_agent", e."detail"
  from "audit_event" e
  where (?::boolean
      or e."policyholder_id" in (
        select p."id" from "policyholder" p where p."group_name" in (select jsonb_array_elements_text(?::jsonb)))
      or e."staff_id" in (select s."id" from "staff_account" s where s."agency_id" = ?::uuid))
    and (?::uuid is null or e."account_id" = ?::uuid)
    and (?::uuid is null or e."staff_id" = ?::uuid)
    and (?::text is null or e."type" = ?::text)
    and (?::timestamptz is null or e."at" >= ?::timestamptz)
    and (?::timestamptz is null or e."at" < ?::timestamptz)
    and e."id" < ?
  order by e."id" desc limit ?`;

/** The audit trail, newest first, filtered and paged; scoped to the staff member's agency for an AGENT. */
export async function auditTrail(
  scope: StaffScope,
  filter: AuditTrailFilter,
): Promise<{ items: AuditTrailEntry[]; nextCursor: string | null }> {
  const limit = pageSize(filter.limit, 100, 1000);
  const groups = await visibleGroupNames(scope.em, scope.staff);
  const id = (value: string | null | undefined) => (looksLikeUuid(value) ? value : null);
  // A malformed id filter matches nothing rather than everything.
  if ((filter.accountId && !id(filter.accountId)) || (filter.staffId && !id(filter.staffId)))
    return { items: [], nextCursor: null };
  if (filter.type && !AUDIT_EVENT_TYPES.includes(filter.type))
    return { items: [], nextCursor: null };
  const [before] = decodeCursor(filter.after, 1) ?? [String(Number.MAX_SAFE_INTEGER)];
  const accountId = id(filter.accountId);
  const staffId = id(filter.staffId);
  const type = filter.type ?? null;
  const from = filter.from?.toISOString() ?? null;
  const to = filter.to?.toISOString() ?? null;
  const rows = await scope.em.execute<
    {
      id: string | number;
      at: Date;
      type: AuditEventType;
      account_id: string | null;
      policyholder_id: string | null;
      staff_id: string | null;
      client_ip: string;
      user_agent: string;
      detail: Record<string, unknown> | null;
    }[]
  >(QUERY, [
    groups === null,
    jsonList(groups ?? []),
    scope.staff.agencyId,
    accountId,
    accountId,
    staffId,
    staffId,
    type,
    type,
    from,
    from,
    to,
    to,
    Number(before),
    limit + 1,
  ]);
  const items = rows.slice(0, limit).map((r) => ({
    id: Number(r.id),
    at: new Date(r.at),
    type: r.type,
    accountId: r.account_id,
    policyholderId: r.policyholder_id,
    staffId: r.staff_id,
    clientIp: r.client_ip,
    userAgent: r.user_agent,
    detail: r.detail,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}
