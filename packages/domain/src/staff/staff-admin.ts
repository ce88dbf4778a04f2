import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { recordAudit } from "../audit/audit-log.ts";
import { userIdKeyOf } from "../accounts/account.entity.ts";
import { Agency } from "../agencies/agency.entity.ts";
import type { Em } from "../database/orm.ts";
import type { FieldError } from "../errors/field-error.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { StaffAccount, type StaffRole } from "./staff-account.entity.ts";
import { newStaffErrors, type NewStaffInput, STAFF_USER_ID_MAX_LENGTH } from "./staff-input.ts";
import { staffFailure, type StaffFailure } from "./staff-messages.ts";
import { looksLikeUuid, staffAudit, type StaffScope } from "./staff-scope.ts";
import { StaffSession } from "./staff-session.entity.ts";
import { newTotpSecret, totpEnrolmentUri } from "./totp.ts";

export type CreateStaffOutcome =
  | { ok: true; staffId: string; totpSecret: string; otpauthUri: string }
  | (StaffFailure<"STAFF_INVALID_INPUT"> & { errors: FieldError[] })
  | StaffFailure<
      "STAFF_FORBIDDEN" | "AGENCY_NOT_FOUND" | "STAFF_USER_ID_TAKEN" | "ADMIN_ALREADY_EXISTS"
    >;

async function insertStaff(
  scope: RequestScope,
  input: NewStaffInput,
  guard: (tem: Em) => Promise<CreateStaffOutcome | null>,
  staffId: string | null,
): Promise<CreateStaffOutcome> {
  const { config, now, origin } = scope;
  const errors = newStaffErrors(input, config);
  if (errors.length > 0) return { ...staffFailure("STAFF_INVALID_INPUT"), errors };
  const passwordHash = await hashPassword(input.password);
  const totpSecret = newTotpSecret();
  try {
    return await scope.em.transactional(async (tem) => {
      const refused = await guard(tem);
      if (refused) return refused;
      const agency = await tem.findOne(Agency, { code: input.agencyCode.trim() });
      if (!agency) return staffFailure("AGENCY_NOT_FOUND");
      const userIdKey = userIdKeyOf(input.userId);
      if (await tem.count(StaffAccount, { userIdKey })) return staffFailure("STAFF_USER_ID_TAKEN");
      const staff = tem.create(StaffAccount, {
        userId: input.userId.trim(),
        userIdKey,
        name: input.name.trim(),
        role: input.role,
        agency,
        passwordHash,
        totpSecret,
        createdAt: now,
        updatedAt: now,
      });
      await tem.flush();
      recordAudit(tem, {
        type: "STAFF_CREATED",
        at: now,
        origin,
        staffId,
        detail: { created: staff.id, role: staff.role, agency: agency.code },
      });
      const otpauthUri = totpEnrolmentUri({
        issuer: config.branding.agencyName,
        userId: staff.userId,
        secret: totpSecret,
      });
      return { ok: true as const, staffId: staff.id, totpSecret, otpauthUri };
    });
  } catch (error) {
    // Two admins creating the same user ID at once: the unique key decides.
    if (error instanceof UniqueConstraintViolationException)
      return staffFailure("STAFF_USER_ID_TAKEN");
    throw error;
  }
}

/** An admin creates a staff account; the answer carries the TOTP enrolment, shown once. */
export async function createStaff(
  scope: StaffScope,
  input: NewStaffInput,
): Promise<CreateStaffOutcome> {
  if (scope.staff.role !== "ADMIN") return staffFailure("STAFF_FORBIDDEN");
  return insertStaff(scope, input, async () => null, scope.staff.staffId);
}

/**
 * Creates the first admin directly (the bootstrap command), with the agency it belongs to
 * when that does not exist yet. Refuses once any admin exists: later accounts go through
 * {@link createStaff}.
 */
export async function bootstrapAdmin(
  scope: RequestScope,
  input: Omit<NewStaffInput, "role"> & { agencyName?: string },
): Promise<CreateStaffOutcome> {
  return insertStaff(
    scope,
    { ...input, role: "ADMIN" },
    async (tem) => {
      if (await tem.count(StaffAccount, { role: "ADMIN" }))
        return staffFailure("ADMIN_ALREADY_EXISTS");
      const code = input.agencyCode.trim();
      if (code !== "" && !(await tem.count(Agency, { code }))) {
        tem.create(Agency, {
          code,
          name: input.agencyName?.trim() || scope.config.branding.agencyName,
          createdAt: scope.now,
        });
        await tem.flush();
      }
      return null;
    },
    null,
  );
}

/** What the tools show of a staff member: no secrets, the agency by its code and name. */
export interface StaffMemberView {
  id: string;
  userId: string;
  name: string;
  role: StaffRole;
  agencyCode: string;
  agencyName: string;
  disabled: boolean;
}

function viewOf(staff: StaffAccount): StaffMemberView {
  return {
    id: staff.id,
    userId: staff.userId,
    name: staff.name,
    role: staff.role,
    agencyCode: staff.agency.code,
    agencyName: staff.agency.name,
    disabled: staff.disabledAt != null,
  };
}

/** One staff member by id (the signed-in one, a newly created one), or null. */
export async function staffMemberById(em: Em, staffId: string): Promise<StaffMemberView | null> {
  if (!looksLikeUuid(staffId)) return null;
  const staff = await em.findOne(StaffAccount, { id: staffId }, { populate: ["agency"] });
  return staff ? viewOf(staff) : null;
}

/** Every staff account, enabled ones first, by agency and user ID: for an ADMIN only. */
export async function staffMembers(
  scope: StaffScope,
): Promise<{ ok: true; members: StaffMemberView[] } | StaffFailure<"STAFF_FORBIDDEN">> {
  if (scope.staff.role !== "ADMIN") return staffFailure("STAFF_FORBIDDEN");
  const all = await scope.em.find(
    StaffAccount,
    {},
    { populate: ["agency"], orderBy: { userIdKey: "asc" }, limit: 10_000 },
  );
  const members = all.map(viewOf);
  members.sort(
    (a, b) => Number(a.disabled) - Number(b.disabled) || a.agencyCode.localeCompare(b.agencyCode),
  );
  return { ok: true, members };
}

/**
 * An admin disables a staff account, named by its id or by its user ID; its sessions end at
 * once. An admin cannot disable themselves.
 */
export async function disableStaff(
  scope: StaffScope,
  input: { staffId: string } | { userId: string },
): Promise<
  | { ok: true; staffId: string; userId: string }
  | StaffFailure<"STAFF_FORBIDDEN" | "STAFF_NOT_FOUND">
> {
  if (scope.staff.role !== "ADMIN") return staffFailure("STAFF_FORBIDDEN");
  return scope.em.transactional(async (tem) => {
    const staff =
      "staffId" in input
        ? looksLikeUuid(input.staffId)
          ? await tem.findOne(StaffAccount, { id: input.staffId })
          : null
        : typeof input.userId === "string" && input.userId.trim() !== ""
          ? await tem.findOne(StaffAccount, {
              userIdKey: userIdKeyOf(input.userId.slice(0, STAFF_USER_ID_MAX_LENGTH)),
            })
          : null;
    if (!staff) return staffFailure("STAFF_NOT_FOUND");
    if (staff.id === scope.staff.staffId) return staffFailure("STAFF_FORBIDDEN");
    staff.disabledAt ??= scope.now;
    staff.updatedAt = scope.now;
    await tem.nativeUpdate(
      StaffSession,
      { staff: staff.id, endedAt: null },
      { endedAt: scope.now, endReason: "DISABLED" },
    );
    recordAudit(tem, {
      ...staffAudit(scope),
      type: "STAFF_DISABLED",
      detail: { disabled: staff.id, userId: staff.userId },
    });
    return { ok: true as const, staffId: staff.id, userId: staff.userId };
  });
}
