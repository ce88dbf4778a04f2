import { LockMode } from "@mikro-orm/core";
import { recordAudit } from "../audit/audit-log.ts";
import { userIdKeyOf } from "../accounts/account.entity.ts";
import { loginFieldErrors } from "../accounts/login-failures.ts";
import { type ValidationFailure, validationFailure } from "../errors/common-failures.ts";
import type { FieldError } from "../errors/field-error.ts";
import { bounded } from "../validation/input-bounds.ts";
import { verifyAgainstDummy, verifyPassword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { StaffAccount } from "./staff-account.entity.ts";
import { staffFailure, type StaffFailure } from "./staff-messages.ts";
import { staffAudit, type StaffScope } from "./staff-scope.ts";
import { StaffSession } from "./staff-session.entity.ts";
import { openStaffSession } from "./staff-sessions.ts";
import { matchTotp } from "./totp.ts";

export interface StaffLoginInput {
  userId: string;
  password: string;
  /** The 6-digit code of the staff member's authenticator app. */
  totpCode: string;
}

export type StaffLoginOutcome =
  | {
      ok: true;
      sessionToken: string;
      /** The session's absolute end (it ends earlier after STAFF_SESSION_IDLE_MINUTES without use). */
      expiresAt: Date;
      staffId: string;
      role: StaffAccount["role"];
      agencyId: string;
      name: string;
    }
  | StaffFailure<"STAFF_LOGIN_FAILED">
  | ({ ok: false } & ValidationFailure);

/** Blank fields are answered as such before any lookup (what the staff member can fix). */
function staffLoginFieldErrors(input: StaffLoginInput): FieldError[] {
  const errors = loginFieldErrors(input);
  if (!input.totpCode.trim()) {
    const message = {
      ja: "確認コード(認証アプリの6桁の数字)を入力してください。",
      en: "Enter the verification code (the 6 digits of your authenticator app).",
    };
    errors.push({ field: "totpCode", code: "REQUIRED", message });
  }
  return errors;
}

/**
 * User ID + password + TOTP code → a bearer session. Wrong code, wrong password, locked,
 * disabled and unknown all answer the same STAFF_LOGIN_FAILED (the audit row says which).
 * The argon2 check runs before any row is locked, so slow hashing never holds a lock.
 */
export async function staffLogin(
  scope: RequestScope,
  input: StaffLoginInput,
): Promise<StaffLoginOutcome> {
  const { config, now, origin } = scope;
  const fieldErrors = staffLoginFieldErrors(input);
  if (fieldErrors.length > 0) return { ok: false, ...validationFailure(fieldErrors) };
  input = {
    userId: bounded(input.userId, "userId"),
    password: bounded(input.password, "password"),
    totpCode: input.totpCode.slice(0, 64),
  };
  const key = userIdKeyOf(input.userId);
  const found = await scope.em.fork().findOne(StaffAccount, { userIdKey: key });
  if (!found) {
    await verifyAgainstDummy(input.password);
    await scope.em.fork().transactional(async (tem) => {
      recordAudit(tem, {
        type: "STAFF_LOGIN_FAILED",
        at: now,
        origin,
        detail: { reason: "UNKNOWN_USER_ID" },
      });
    });
    return staffFailure("STAFF_LOGIN_FAILED");
  }
  const passwordOk = await verifyPassword(found.passwordHash, input.password);
  const step = passwordOk ? matchTotp(found.totpSecret, input.totpCode, now) : null;

  return scope.em.transactional(async (tem) => {
    const staff = await tem.findOneOrFail(
      StaffAccount,
      { id: found.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const audit = { at: now, origin, staffId: staff.id };
    const fail = (reason: string, extra: Record<string, unknown> = {}) => {
      recordAudit(tem, { ...audit, type: "STAFF_LOGIN_FAILED", detail: { reason, ...extra } });
      return staffFailure("STAFF_LOGIN_FAILED");
    };
    if (staff.disabledAt) return fail("DISABLED");
    if (staff.isLockedAt(now)) return fail("LOCKED");
    // A code already used (by anyone who watched it typed) must not open a second session.
    const replayed = step !== null && staff.lastTotpStep != null && step <= staff.lastTotpStep;
    if (!passwordOk || step === null || replayed) {
      const lockedUntil = staff.recordFailedLogin(now, config.lockout);
      const reason = !passwordOk ? "WRONG_PASSWORD" : replayed ? "TOTP_REUSED" : "WRONG_TOTP";
      const outcome = fail(reason, { consecutiveFailures: staff.failedLoginCount });
      if (lockedUntil)
        recordAudit(tem, {
          ...audit,
          type: "STAFF_LOCKED",
          detail: { until: lockedUntil.toISOString() },
        });
      return outcome;
    }
    staff.clearLockout(now);
    staff.lastTotpStep = step;
    const sessionToken = openStaffSession(tem, staff, config.staffSessions, now, origin);
    recordAudit(tem, { ...audit, type: "STAFF_LOGIN_SUCCEEDED" });
    return {
      ok: true as const,
      sessionToken,
      expiresAt: new Date(now.getTime() + config.staffSessions.absoluteHours * 3_600_000),
      staffId: staff.id,
      role: staff.role,
      agencyId: staff.agency.id,
      name: staff.name,
    };
  });
}

/** Ends the staff member's current session. */
export async function staffLogout(scope: StaffScope): Promise<{ ok: true }> {
  await scope.em.transactional(async (tem) => {
    await tem.nativeUpdate(
      StaffSession,
      { id: scope.staff.sessionId, endedAt: null },
      { endedAt: scope.now, endReason: "LOGOUT" },
    );
    recordAudit(tem, { ...staffAudit(scope), type: "STAFF_LOGOUT" });
  });
  return { ok: true };
}
