import { recordAudit } from "../audit/audit-log.ts";
import { staffFailure, type StaffFailure } from "../staff/staff-messages.ts";
import { staffAudit, type StaffScope } from "../staff/staff-scope.ts";
import { Agency } from "./agency.entity.ts";
import { EmployerGroup } from "./employer-group.entity.ts";

const presentName = (s: string, max: number) => {
  const t = s.normalize("NFKC").trim();
  return t !== "" && [...t].length <= max ? t : null;
};

/** An admin adds an agency (or renames one with the same code). */
export async function saveAgency(
  scope: StaffScope,
  input: { code: string; name: string },
): Promise<
  { ok: true; agencyId: string } | StaffFailure<"STAFF_FORBIDDEN" | "STAFF_INVALID_INPUT">
> {
  if (scope.staff.role !== "ADMIN") return staffFailure("STAFF_FORBIDDEN");
  const code = presentName(input.code, 20);
  const name = presentName(input.name, 200);
  if (!code || !name) return staffFailure("STAFF_INVALID_INPUT");
  return scope.em.transactional(async (tem) => {
    const agency =
      (await tem.findOne(Agency, { code })) ??
      tem.create(Agency, { code, name, createdAt: scope.now });
    agency.name = name;
    await tem.flush();
    recordAudit(tem, { ...staffAudit(scope), type: "SETTINGS_CHANGED", detail: { agency: code } });
    return { ok: true as const, agencyId: agency.id };
  });
}

/**
 * An admin hands a policyholder group (by its name as in the policyholder records) to an
 * agency; a group moves when it is assigned again.
 */
export async function assignEmployerGroup(
  scope: StaffScope,
  input: { groupName: string; agencyCode: string },
): Promise<
  { ok: true } | StaffFailure<"STAFF_FORBIDDEN" | "STAFF_INVALID_INPUT" | "AGENCY_NOT_FOUND">
> {
  if (scope.staff.role !== "ADMIN") return staffFailure("STAFF_FORBIDDEN");
  const groupName = presentName(input.groupName, 200);
  if (!groupName) return staffFailure("STAFF_INVALID_INPUT");
  return scope.em.transactional(async (tem) => {
    const agency = await tem.findOne(Agency, { code: input.agencyCode.trim() });
    if (!agency) return staffFailure("AGENCY_NOT_FOUND");
    const group =
      (await tem.findOne(EmployerGroup, { name: groupName })) ??
      tem.create(EmployerGroup, { name: groupName, agency, createdAt: scope.now });
    group.agency = agency;
    recordAudit(tem, {
      ...staffAudit(scope),
      type: "SETTINGS_CHANGED",
      detail: { group: groupName, agency: agency.code },
    });
    return { ok: true as const };
  });
}
