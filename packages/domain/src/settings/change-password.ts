import { Account } from "../accounts/account.entity.ts";
import type { Em } from "../database/orm.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Outcome } from "../errors/failure.ts";
import type { FieldError } from "../errors/field-error.ts";
import { queueMail } from "../mail/outbox.ts";
import { settingsChangedMail } from "../mail/templates/settings-changed.ts";
import { hashPassword, verifyPassword } from "../passwords/password-hasher.ts";
import { passwordErrors } from "../passwords/password-policy.ts";
import type { CustomerScope } from "../request-scope.ts";
import { endOtherSessions } from "../sessions/session-service.ts";
import { retireAccountLinks } from "../links/link-service.ts";
import { bounded } from "../validation/input-bounds.ts";

export type ChangePasswordOutcome = Outcome<{ account: Account }, ValidationFailure>;

/** A password change as the customer submits it; the current password is not needed after a temporary one. */
export interface PasswordChangeInput {
  currentPassword?: string | null;
  newPassword: string;
}

/** The current password, asked before a password or e-mail change, was wrong. */
export const WRONG_CURRENT: FieldError = {
  field: "currentPassword",
  code: "CURRENT_PASSWORD_WRONG",
  message: { ja: "現在のパスワードが正しくありません。", en: "The current password is incorrect." },
};

const SAME_AS_BEFORE: FieldError = {
  field: "newPassword",
  code: "PASSWORD_UNCHANGED",
  message: {
    ja: "現在と異なるパスワードをご指定ください。",
    en: "Choose a password different from the current one.",
  },
};

export type PreparedPasswordChange = Outcome<
  { account: Account; apply: (tem: Em) => Promise<void> },
  ValidationFailure
>;

/**
 * Checks a password change and hashes the new password (slow, so before any transaction);
 * `apply` then writes it inside the caller's transaction, with everything that goes with
 * it: other sessions end, pending reset links die, a notice and an audit row.
 */
export async function preparePasswordChange(
  scope: CustomerScope,
  input: PasswordChangeInput,
): Promise<PreparedPasswordChange> {
  const { config, now, origin, customer } = scope;
  const currentPassword = input.currentPassword ? bounded(input.currentPassword, "password") : null;
  const newPassword = bounded(input.newPassword, "password");
  const account = await scope.em.findOneOrFail(
    Account,
    { id: customer.accountId },
    { populate: ["policyholder"] },
  );
  const forced = account.requiredAction === "CHANGE_PASSWORD";
  const errors: FieldError[] = [];
  const currentRight =
    currentPassword !== null && (await verifyPassword(account.passwordHash, currentPassword));
  if (!forced && !currentRight) errors.push(WRONG_CURRENT);
  const { userId, email, policyholder } = account;
  const policy = {
    minLength: config.passwords.minLength,
    userId,
    email,
    birthDate: policyholder.birthDate,
  };
  errors.push(...passwordErrors(newPassword, policy, "newPassword"));
  if (errors.length === 0 && (await verifyPassword(account.passwordHash, newPassword)))
    errors.push(SAME_AS_BEFORE);
  if (errors.length > 0) return { ok: false, error: validationFailure(errors) };

  const passwordHash = await hashPassword(newPassword);
  return {
    ok: true,
    account,
    async apply(tem) {
      const fresh = await tem.findOneOrFail(Account, { id: account.id });
      fresh.passwordHash = passwordHash;
      fresh.passwordChangedAt = now;
      fresh.requiredAction = null;
      fresh.updatedAt = now;
      await endOtherSessions(tem, account.id, now, "PASSWORD_CHANGED", customer.sessionId);
      await retireAccountLinks(tem, account.id, now);
      queueMail(tem, {
        to: account.email,
        kind: "settings-changed",
        content: settingsChangedMail({
          branding: config.branding,
          changed: ["password"],
          at: now,
          timeZone: config.timeZone,
          language: scope.language ?? fresh.language,
        }),
        now,
      });
      recordAudit(tem, {
        type: "PASSWORD_CHANGED",
        at: now,
        origin,
        accountId: account.id,
        policyholderId: account.policyholder.id,
        detail: { afterTemporaryPassword: forced },
      });
    },
  };
}

/**
 * Changes the password of the logged-in customer. After a temporary password this is the
 * required action, and the fresh login stands in for the current password; otherwise the
 * current password is required. Every other session of the account ends; this one stays.
 */
export async function changePassword(
  scope: CustomerScope,
  input: PasswordChangeInput,
): Promise<ChangePasswordOutcome> {
  const prepared = await preparePasswordChange(scope, input);
  if (!prepared.ok) return prepared;
  await scope.em.transactional((tem) => prepared.apply(tem));
  await scope.em.refresh(prepared.account);
  return { ok: true, account: prepared.account };
}
