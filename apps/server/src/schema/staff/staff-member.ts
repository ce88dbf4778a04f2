import { STAFF_ROLES, type StaffMemberView } from "@cws/domain";
import { builder } from "../../builder.ts";

export const StaffRoleRef = builder.enumType("StaffRole", {
  description: "AGENT: the records of their own agency. ADMIN: every record, and staff accounts.",
  values: STAFF_ROLES,
});

export const StaffMemberRef = builder.objectRef<StaffMemberView>("StaffMember").implement({
  description: "A staff member of an agency (no secrets).",
  fields: (t) => ({
    id: t.exposeID("id"),
    userId: t.exposeString("userId"),
    name: t.exposeString("name"),
    role: t.field({ type: StaffRoleRef, resolve: (s) => s.role }),
    agencyCode: t.exposeString("agencyCode"),
    agencyName: t.exposeString("agencyName"),
  }),
});
