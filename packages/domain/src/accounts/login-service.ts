import { LockMode } from "@mikro-orm/core";
import { recordAudit } from "../audit/audit-log.ts";
import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Outcome } from "../errors/failure.ts";
import { verifyAgainstDummy, verifyPassword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { openSession } from "../sessions/session-service.ts";
import { bounded } from "../validation/input-bounds.ts";
import { Account, userIdKeyOf } from "./account.entity.ts";
import { LOGIN_FAILED, loginFieldErrors, type LoginFailure } from "./login-failures.ts";

export type LoginOutcome = Outcome<
  { account: Account; sessionToken: string; usedTemporaryPassword: boolean },
  LoginFailure | ValidationFailure
>;

const failed = (): LoginOutcome => ({ ok: false, error: LOGIN_FAILED });

async function passwordMatches(account: Account, password: string, now: Date): Promise<"PASSWORD" | "TEMPORARY" | null> {
  if (await verifyPassword(account.passwordHash, password)) return "PASSWORD";
  const temporaryLive = account.temporaryPasswordHash && account.temporaryPasswordExpiresAt && account.temporaryPasswordExpiresAt.getTime() > now.getTime();
  if (temporaryLive && (await verifyPassword(account.temporaryPasswordHash!, password))) return "TEMPORARY";
  return null;
}

/**
 * Logs a customer in with a password or a staff-issued temporary password. Consecutive
 * failures lock the account for a while; a temporary password works once and leaves the
 * account with the required action CHANGE_PASSWORD.
 */
export async function login(scope: RequestScope, input: { userId: string; password: string }): Promise<LoginOutcome> {
  const { config, now, origin } = scope;
  const fieldErrors = loginFieldErrors(input);
  if (fieldErrors.length > 0) return { ok: false, error: validationFailure(fieldErrors) };
  const userId = bounded(input.userId, "userId");
  const password = bounded(input.password, "password");
  return scope.em.transactional(async (tem) => {
    const account = await tem.findOne(Account, { userIdKey: userIdKeyOf(userId) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!account) {
      // Spend the same time as a real check, so response times do not reveal unknown IDs.
      await verifyAgainstDummy(password);
      recordAudit(tem, { type: "LOGIN_FAILED", at: now, origin, detail: { reason: "UNKNOWN_USER_ID" } });
      return failed();
    }
    const audit = { at: now, origin, accountId: account.id, policyholderId: account.policyholder.id };
    const match = await passwordMatches(account, password, now);

    if (account.isLockedAt(now)) {
      recordAudit(tem, { ...audit, type: "LOGIN_FAILED", detail: { reason: "LOCKED" } });
      return failed();
    }
    if (!match) {
      const { consecutiveFailures, lockedUntil } = account.recordFailedLogin(now, config.lockout);
      recordAudit(tem, { ...audit, type: "LOGIN_FAILED", detail: { reason: "WRONG_PASSWORD", consecutiveFailures } });
      if (lockedUntil) {
        recordAudit(tem, { ...audit, type: "ACCOUNT_LOCKED", detail: { until: lockedUntil.toISOString() } });
      }
      return failed();
    }

    account.clearLockout(now);
    if (match === "TEMPORARY") {
      // Single use: the temporary password only opens the door to choosing a new one.
      account.temporaryPasswordHash = null;
      account.temporaryPasswordExpiresAt = null;
      account.requiredAction = "CHANGE_PASSWORD";
      recordAudit(tem, { ...audit, type: "TEMPORARY_PASSWORD_USED" });
    }
    const { token } = openSession(tem, account, config.sessions, now, origin);
    recordAudit(tem, { ...audit, type: "LOGIN_SUCCEEDED", detail: { temporaryPassword: match === "TEMPORARY" } });
    return { ok: true, account, sessionToken: token, usedTemporaryPassword: match === "TEMPORARY" };
  });
}
