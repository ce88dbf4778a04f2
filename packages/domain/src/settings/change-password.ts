import { Account } from "../accounts/account.entity.ts";
import type { Em } from "../database/orm.ts";
import { recordAudit } from "../audit/audit-log.ts";
import type { FieldError } from "../errors/field-error.ts";
import { queueMail } from "../mail/outbox.ts";
import { settingsChangedMail } from "../mail/templates/settings-changed.ts";
import { hashPassword, verifyPassword } from "../passwords/password-hasher.ts";
import { passwordErrors } from "../passwords/password-policy.ts";
import type { RequestScope } from "../request-scope.ts";
import { endOtherSessions } from "../sessions/session-service.ts";
import { retireAccountLinks } from "../links/link-service.ts";

export type ChangePasswordOutcome = { ok: true; account: Account } | { ok: false; code: "VALIDATION_FAILED"; errors: FieldError[] };

/** The current password, asked before a password or e-mail change, was wrong. */
export const WRONG_CURRENT: FieldError = {
  field: "currentPassword",
  code: "CURRENT_PASSWORD_WRONG",
  message: { ja: "現在のパスワードが正しくありません。", en: "The current password is incorrect." },
};

const SAME_AS_BEFORE: FieldError = {
  field: "newPassword",
  code: "PASSWORD_UNCHANGED",
  message: { ja: "現在と異なるパスワードをご指定ください。", en: "Choose a password different from the current one." },
};

export type PreparedPasswordChange =
  | { ok: true; account: Account; apply: (tem: Em) => Promise<void> }
  | { ok: false; code: "VALIDATION_FAILED"; errors: FieldError[] };

/**
 * Checks a password change and hashes the new password (slow, so before any transaction);
 * `apply` then writes it inside the caller's transaction, with everything that goes with
 * it: other sessions end, pending reset links die, a notice and an audit row.
 */
export async function preparePasswordChange(
  scope: RequestScope,
  input: { accountId: string; sessionId: string; currentPassword: string | null; newPassword: string },
): Promise<PreparedPasswordChange> {
  const { config, now, origin } = scope;
  const account = await scope.em.findOneOrFail(Account, { id: input.accountId }, { populate: ["policyholder"] });
  const forced = account.requiredAction === "CHANGE_PASSWORD";
  const errors: FieldError[] = [];
  if (!forced && !(input.currentPassword && (await verifyPassword(account.passwordHash, input.currentPassword)))) errors.push(WRONG_CURRENT);
  errors.push(...passwordErrors(input.newPassword, { minLength: config.passwords.minLength, userId: account.userId, email: account.email, birthDate: account.policyholder.birthDate }, "newPassword"));
  if (errors.length === 0 && (await verifyPassword(account.passwordHash, input.newPassword))) errors.push(SAME_AS_BEFORE);
  if (errors.length > 0) return { ok: false, code: "VALIDATION_FAILED", errors };

  const passwordHash = await hashPassword(input.newPassword);
  return {
    ok: true,
    account,
    async apply(tem) {
      const fresh = await tem.findOneOrFail(Account, { id: account.id });
      fresh.passwordHash = passwordHash;
      fresh.passwordChangedAt = now;
      fresh.requiredAction = null;
      fresh.updatedAt = now;
      await endOtherSessions(tem, account.id, now, "PASSWORD_CHANGED", input.sessionId);
      await retireAccountLinks(tem, account.id, now);
      queueMail(tem, { to: account.email, kind: "settings-changed", content: settingsChangedMail({ branding: config.branding, changed: ["password"], at: now, timeZone: config.timeZone }), now });
      recordAudit(tem, { type: "PASSWORD_CHANGED", at: now, origin, accountId: account.id, policyholderId: account.policyholder.id, detail: { afterTemporaryPassword: forced } });
    },
  };
}

/**
 * Changes the password of the logged-in customer. After a temporary password this is the
 * required action, and the fresh login stands in for the current password; otherwise the
 * current password is required. Every other session of the account ends.
 */
export async function changePassword(
  scope: RequestScope,
  input: { accountId: string; sessionId: string; currentPassword: string | null; newPassword: string },
): Promise<ChangePasswordOutcome> {
  const prepared = await preparePasswordChange(scope, input);
  if (!prepared.ok) return prepared;
  await scope.em.transactional((tem) => prepared.apply(tem));
  await scope.em.refresh(prepared.account);
  return { ok: true, account: prepared.account };
}
