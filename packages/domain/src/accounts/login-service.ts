import { LockMode } from "@mikro-orm/core";
import { recordAudit } from "../audit/audit-log.ts";
import type { LocalizedText } from "../errors/localized-text.ts";
import { verifyAgainstDummy, verifyPassword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { openSession } from "../sessions/session-service.ts";
import { Account, userIdKeyOf } from "./account.entity.ts";

export type LoginOutcome =
  | { ok: true; account: Account; sessionToken: string; usedTemporaryPassword: boolean }
  | { ok: false; code: "LOGIN_FAILED"; message: LocalizedText };

/**
 * One answer for every failure: wrong password, unknown user ID, locked account. Telling
 * them apart would let anyone learn which user IDs exist.
 */
export const LOGIN_FAILED_MESSAGE: LocalizedText = {
  ja: "ユーザーIDまたはパスワード/仮パスワードが正しくありません。続けて誤るとしばらくログインできなくなります。お困りの場合はインターネットデスクへお問い合わせください。",
  en: "The user ID or password (or temporary password) is incorrect. Repeated failures block logins for a while. If you need help, contact the Internet Desk.",
};

const failed = (): LoginOutcome => ({ ok: false, code: "LOGIN_FAILED", message: LOGIN_FAILED_MESSAGE });

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
export async function login(scope: RequestScope, userId: string, password: string): Promise<LoginOutcome> {
  const { config, now, origin } = scope;
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
      account.failedLoginCount += 1;
      recordAudit(tem, { ...audit, type: "LOGIN_FAILED", detail: { reason: "WRONG_PASSWORD", consecutiveFailures: account.failedLoginCount } });
      if (account.failedLoginCount >= config.lockout.threshold) {
        account.lockedUntil = new Date(now.getTime() + config.lockout.minutes * 60_000);
        account.failedLoginCount = 0;
        recordAudit(tem, { ...audit, type: "ACCOUNT_LOCKED", detail: { until: account.lockedUntil.toISOString() } });
      }
      account.updatedAt = now;
      return failed();
    }

    account.failedLoginCount = 0;
    account.lockedUntil = null;
    account.updatedAt = now;
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
