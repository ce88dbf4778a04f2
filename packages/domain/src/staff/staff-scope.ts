import type { RequestScope } from "../request-scope.ts";
import type { StaffRole } from "./staff-account.entity.ts";

/** The signed-in staff member as services need them: identifiers only. */
export interface StaffPrincipal {
  staffId: string;
  role: StaffRole;
  agencyId: string;
  /** The session the request came with (logout ends it). */
  sessionId: string;
}

/** The scope of a request made by a signed-in staff member: every staff service takes this. */
export interface StaffScope extends RequestScope {
  staff: StaffPrincipal;
}

/** The audit fields every staff action writes: when, from where, and who. */
export function staffAudit(scope: StaffScope): {
  at: Date;
  origin: RequestScope["origin"];
  staffId: string;
} {
  return { at: scope.now, origin: scope.origin, staffId: scope.staff.staffId };
}

/** A syntactic check before an id reaches the database (a malformed uuid is an SQL error there). */
export function looksLikeUuid(id: unknown): id is string {
  return (
    typeof id === "string" &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
  );
}
