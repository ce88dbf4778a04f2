import { userIdKeyOf } from "../accounts/account.entity.ts";
import { visibleGroupNames } from "../agencies/agency-scope.ts";
import { AUDIT_EVENT_TYPES, type AuditEventType } from "../audit/audit-event.entity.ts";
import { StaffAccount } from "../staff/staff-account.entity.ts";
import { STAFF_USER_ID_MAX_LENGTH } from "../staff/staff-input.ts";
import type { StaffScope } from "../staff/staff-scope.ts";
import { looksLikeUuid } from "../staff/staff-scope.ts";
import { decodeCursor, encodeCursor, jsonList, pageSize } from "./sql-lists.ts";

export interface AuditTrailFilter {
  accountId?: string | null;
  staffId?: string | null;
  /** The acting staff member by their user ID (as staff type it); unknown matches nothing. */
  staffUserId?: string | null;
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
  /** The acting staff member's user ID, for staff actions. */
  staffUserId: string | null;
  clientIp: string;
  userAgent: string;
  detail: Record<string, unknown> | null;
}

// An AGENT sees events about their agency's policyholders and the actions of their agency's staff.
const QUERY = `select e."id", e."at", e."type", e."account_id", e."policyholder_id", e."staff_id", e."client_ip",
    e."user_agent", e."detail", actor."user_id" as "staff_user_id"
  from "audit_event" e left join "staff_account" actor on actor."id" = e."staff_id"
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
  let staffId = id(filter.staffId);
  if (filter.staffUserId) {
    const actor = await scope.em.findOne(
      StaffAccount,
      { userIdKey: userIdKeyOf(filter.staffUserId.slice(0, STAFF_USER_ID_MAX_LENGTH)) },
      { fields: ["id"] },
    );
    // Both filters given must name the same member; an unknown user ID matches nothing.
    if (!actor || (staffId && staffId !== actor.id)) return { items: [], nextCursor: null };
    staffId = actor.id;
  }
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
      staff_user_id: string | null;
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
    staffUserId: r.staff_user_id,
    clientIp: r.client_ip,
    userAgent: r.user_agent,
    detail: r.detail,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}
