import { LockMode } from "@mikro-orm/core";
import { type AuditEntry, insertAuditRows } from "../audit/audit-log.ts";
import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Outcome } from "../errors/failure.ts";
import { verifyAgainstDummy, verifyPassword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { insertSession } from "../sessions/session-service.ts";
import { bounded } from "../validation/input-bounds.ts";
import type { Account } from "./account.entity.ts";
import {
  findLoginAccounts,
  type LoginCandidate,
  pickLoginAccount,
  readLoginCandidates,
} from "./login-identifier.ts";
import { matchRoundTrips } from "./timing-parity.ts";
import { LOGIN_FAILED, loginFieldErrors, type LoginFailure } from "./login-failures.ts";

export type LoginOutcome = Outcome<
  { account: Account; sessionToken: string; usedTemporaryPassword: boolean },
  LoginFailure | ValidationFailure
>;

type Match = "PASSWORD" | "TEMPORARY" | null;

const failed = (): LoginOutcome => ({ ok: false, error: LOGIN_FAILED });

// A password changed between the unlocked check and the lock is checked again against the new
// hashes; two changes in that window are vanishingly rare, so the third try only fails.
const MAX_CHECKS = 3;

async function passwordMatches(
  account: LoginCandidate,
  password: string,
  now: Date,
): Promise<Match> {
  if (await verifyPassword(account.passwordHash, password)) return "PASSWORD";
  const temporaryLive =
    account.temporaryPasswordHash &&
    account.temporaryPasswordExpiresAt &&
    account.temporaryPasswordExpiresAt.getTime() > now.getTime();
  if (temporaryLive && (await verifyPassword(account.temporaryPasswordHash!, password)))
    return "TEMPORARY";
  return null;
}

const sameSecrets = (checked: LoginCandidate, locked: Account) =>
  checked.passwordHash === locked.passwordHash &&
  checked.temporaryPasswordHash === locked.temporaryPasswordHash &&
  checked.temporaryPasswordExpiresAt?.getTime() === locked.temporaryPasswordExpiresAt?.getTime();

/**
 * Logs a customer in, by user ID or registered e-mail address (the rule is in
 * `login-identifier.ts`), with a password or a staff-issued temporary password. Consecutive
 * failures lock the account for a while; a temporary password works once and leaves the
 * account with the required action CHANGE_PASSWORD.
 *
 * argon2 runs before any transaction, on a row read without a lock: slow hashing holds
 * neither a pool connection nor the account row, so one account's logins verify side by
 * side and only queue for the short write that records the outcome. An unknown user ID
 * takes the same steps (a dummy verification, a locking read, an audit row), so its
 * answer takes as long as a wrong password's; an ID and an address are one same lookup.
 */
export async function login(
  scope: RequestScope,
  input: { userId: string; password: string },
): Promise<LoginOutcome> {
  const fieldErrors = loginFieldErrors(input);
  if (fieldErrors.length > 0) return { ok: false, error: validationFailure(fieldErrors) };
  const userId = bounded(input.userId, "userId");
  const password = bounded(input.password, "password");
  for (let check = 1; ; check += 1) {
    const checked = pickLoginAccount(await readLoginCandidates(scope.em.fork(), userId), userId);
    let match: Match = null;
    if (checked) match = await passwordMatches(checked, password, scope.now);
    else await verifyAgainstDummy(password);
    const outcome = await recordOutcome(scope, userId, checked, match, check === MAX_CHECKS);
    if (outcome !== "CHECK_AGAIN") return outcome;
  }
}

/** Under a short row lock: re-reads the account, then counts the failure or opens the session. */
function recordOutcome(
  scope: RequestScope,
  identifier: string,
  checked: LoginCandidate | null,
  match: Match,
  lastCheck: boolean,
) {
  const { config, now, origin } = scope;
  return scope.em.transactional(async (tem): Promise<LoginOutcome | "CHECK_AGAIN"> => {
    const account = pickLoginAccount(
      await findLoginAccounts(tem, identifier, LockMode.PESSIMISTIC_WRITE),
      identifier,
    );
    if (!account || !checked) {
      // An account created or removed since the check is treated as the unknown ID it was then.
      await insertAuditRows(tem, [
        { type: "LOGIN_FAILED", at: now, origin, detail: { reason: "UNKNOWN_USER_ID" } },
      ]);
      // A known account's failure also updates its row: one statement more to match.
      await matchRoundTrips(tem, 1);
      return failed();
    }
    if (account.id !== checked.id || !sameSecrets(checked, account)) {
      if (!lastCheck) return "CHECK_AGAIN";
      match = null;
    }
    const audit = {
      at: now,
      origin,
      accountId: account.id,
      policyholderId: account.policyholder.id,
    };
    // The audit rows go in one raw insert, the session in another; the account's changes are
    // flushed when the transaction commits.
    if (account.isLockedAt(now)) {
      await insertAuditRows(tem, [
        { ...audit, type: "LOGIN_FAILED", detail: { reason: "LOCKED" } },
      ]);
      return failed();
    }
    if (!match) {
      const { consecutiveFailures, lockedUntil } = account.recordFailedLogin(now, config.lockout);
      const entries: AuditEntry[] = [
        {
          ...audit,
          type: "LOGIN_FAILED",
          detail: { reason: "WRONG_PASSWORD", consecutiveFailures },
        },
      ];
      if (lockedUntil) {
        entries.push({
          ...audit,
          type: "ACCOUNT_LOCKED",
          detail: { until: lockedUntil.toISOString() },
        });
      }
      await insertAuditRows(tem, entries);
      return failed();
    }

    account.clearLockout(now);
    const entries: AuditEntry[] = [];
    if (match === "TEMPORARY") {
      // Single use: the temporary password only opens the door to choosing a new one.
      account.temporaryPasswordHash = null;
      account.temporaryPasswordExpiresAt = null;
      account.requiredAction = "CHANGE_PASSWORD";
      entries.push({ ...audit, type: "TEMPORARY_PASSWORD_USED" });
    }
    const { token } = await insertSession(tem, account.id, config.sessions, now, origin);
    // The answer shows the customer's name and birth date: loaded here, in one statement,
    // its five fields cost no query each (they asked for it side by side, five selects).
    await tem.populate(account, ["policyholder"]);
    entries.push({
      ...audit,
      type: "LOGIN_SUCCEEDED",
      detail: { temporaryPassword: match === "TEMPORARY" },
    });
    await insertAuditRows(tem, entries);
    return { ok: true, account, sessionToken: token, usedTemporaryPassword: match === "TEMPORARY" };
  });
}
