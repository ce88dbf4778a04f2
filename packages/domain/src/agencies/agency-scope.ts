import type { FilterQuery } from "@mikro-orm/core";
import type { Em } from "../database/orm.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import type { StaffPrincipal } from "../staff/staff-scope.ts";
import { looksLikeUuid } from "../staff/staff-scope.ts";
import { EmployerGroup } from "./employer-group.entity.ts";

/**
 * The one agency rule every staff read and write goes through: an ADMIN sees every
 * policyholder; an AGENT only those whose group their agency handles. Returns the group
 * names the staff member may see, or null for "all".
 */
export async function visibleGroupNames(em: Em, staff: StaffPrincipal): Promise<string[] | null> {
  if (staff.role === "ADMIN") return null;
  const groups = await em.find(EmployerGroup, { agency: staff.agencyId }, { fields: ["name"] });
  return groups.map((g) => g.name);
}

/** The policyholder filter for a staff member: `where` narrowed to their agency's groups. */
export async function visiblePolicyholders(
  em: Em,
  staff: StaffPrincipal,
  where: FilterQuery<Policyholder> = {},
): Promise<FilterQuery<Policyholder>> {
  const groups = await visibleGroupNames(em, staff);
  if (groups === null) return where;
  return { $and: [where, { groupName: { $in: groups } }] } as FilterQuery<Policyholder>;
}

/**
 * A policyholder the staff member may act on, or null; another agency's record answers
 * exactly like an unknown one.
 */
export async function findVisiblePolicyholder(
  em: Em,
  staff: StaffPrincipal,
  policyholderId: string,
): Promise<Policyholder | null> {
  if (!looksLikeUuid(policyholderId)) return null;
  return em.findOne(Policyholder, await visiblePolicyholders(em, staff, { id: policyholderId }));
}

/** True when the staff member may load or change records of this group. */
export async function mayHandleGroup(
  em: Em,
  staff: StaffPrincipal,
  groupName: string,
): Promise<boolean> {
  const group = await em.findOne(EmployerGroup, { name: groupName });
  if (!group) return false;
  return staff.role === "ADMIN" || group.agency.id === staff.agencyId;
}
