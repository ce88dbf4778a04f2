import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { Account, userIdKeyOf } from "../accounts/account.entity.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Failure } from "../errors/failure.ts";
import type { FieldError } from "../errors/field-error.ts";
import { RejectedInput } from "../errors/rejected-input.ts";
import { peekStepToken, redeemStepToken, retireAccountLinks } from "../links/link-service.ts";
import { queueMail } from "../mail/outbox.ts";
import { settingsChangedMail } from "../mail/templates/settings-changed.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import { passwordErrors } from "../passwords/password-policy.ts";
import { resetStepTokenInvalid } from "../registration/registration-failures.ts";
import type { PolicyholderDetails } from "../policyholders/policyholder-details.ts";
import type { RequestScope } from "../request-scope.ts";
import { endOtherSessions, openSession } from "../sessions/session-service.ts";
import { validateEmail } from "../validation/common-fields.ts";
import { bounded } from "../validation/input-bounds.ts";

/** STEP 5's form: what is shown read-only, and the current settings to start from. */
export interface ResetForm extends PolicyholderDetails {
  email: string;
  userId: string;
  mailOptIn: boolean;
}

export type SettingChange = "email" | "password" | "mailOptIn";

export interface ResetRequest {
  stepToken: string;
  email: string;
  /** Null keeps the current password (the customer only forgot the user ID). */
  password: string | null;
  mailOptIn: boolean;
  /** False: validate and describe the change for 変更内容の確認; true: apply it. */
  commit: boolean;
}

export type ResetOutcome =
  | { ok: true; committed: false; changes: SettingChange[]; form: ResetForm }
  | { ok: true; committed: true; changes: SettingChange[]; account: Account; sessionToken: string }
  | { ok: false; error: ValidationFailure | Failure<"RESET_STEP_TOKEN_INVALID"> };

const USER_ID_TAKEN: FieldError = {
  field: "email",
  code: "USER_ID_UNAVAILABLE",
  message: {
    ja: "このメールアドレスはユーザーIDとしてご利用いただけません。",
    en: "This e-mail address cannot be used as your user ID.",
  },
};

const invalid = (): ResetOutcome => ({ ok: false, error: resetStepTokenInvalid() });

function formOf(account: Account): ResetForm {
  const p = account.policyholder;
  return {
    familyName: p.familyName,
    givenName: p.givenName,
    familyNameKana: p.familyNameKana,
    givenNameKana: p.givenNameKana,
    birthDate: p.birthDate,
    email: account.email,
    userId: account.userId,
    mailOptIn: account.mailOptIn,
  };
}

/** The read-only part of STEP 5, allowed by a live reset step token (it does not use it). */
export async function credentialResetForm(
  scope: RequestScope,
  { stepToken }: { stepToken: string },
): Promise<ResetForm | null> {
  const step = await peekStepToken(scope.em, stepToken, "CREDENTIAL_RESET", scope.now);
  return step?.link.account ? formOf(step.link.account) : null;
}

function validate(
  scope: RequestScope,
  account: Account,
  request: ResetRequest,
): { errors: FieldError[]; email: string; changes: SettingChange[] } {
  const email = validateEmail(request.email, "email");
  const errors: FieldError[] = email.ok ? [] : [...email.errors];
  const newEmail = email.ok ? email.value : account.email;
  if (request.password !== null) {
    errors.push(
      ...passwordErrors(request.password, {
        minLength: scope.config.passwords.minLength,
        userId: newEmail,
        email: newEmail,
        birthDate: account.policyholder.birthDate,
      }),
    );
  }
  const changes: SettingChange[] = [];
  if (newEmail !== account.email) changes.push("email");
  if (request.password !== null) changes.push("password");
  if (request.mailOptIn !== account.mailOptIn) changes.push("mailOptIn");
  return { errors, email: newEmail, changes };
}

/**
 * STEP 5–6: sets the e-mail address (which is the user ID), the password and the mail
 * preference. Committing ends every session of the account, lifts a lockout, logs this
 * browser in afresh and notifies the customer (the old address too when it changed).
 */
export async function completeCredentialReset(
  scope: RequestScope,
  submitted: ResetRequest,
): Promise<ResetOutcome> {
  const { config, now, origin } = scope;
  // An empty password, like a missing one, keeps the current password.
  const password = submitted.password ? bounded(submitted.password, "password") : null;
  const request = { ...submitted, email: bounded(submitted.email, "email"), password };
  if (!request.commit) {
    const step = await peekStepToken(scope.em, request.stepToken, "CREDENTIAL_RESET", now);
    const account = step?.link.account;
    if (!account) return invalid();
    const { errors, changes } = validate(scope, account, request);
    if (errors.length > 0) return { ok: false, error: validationFailure(errors) };
    return { ok: true, committed: false, changes, form: formOf(account) };
  }

  const passwordHash = request.password === null ? null : await hashPassword(request.password);
  try {
    return await scope.em.transactional(async (tem): Promise<ResetOutcome> => {
      const step = await redeemStepToken(tem, request.stepToken, "CREDENTIAL_RESET", now);
      const account = step?.link.account;
      if (!account) return invalid();
      const { errors, email, changes } = validate(scope, account, request);
      if (errors.length > 0) throw new RejectedInput(errors);
      const clash =
        email !== account.email &&
        (await tem.findOne(Account, {
          $or: [{ userIdKey: userIdKeyOf(email) }, { email }],
          id: { $ne: account.id },
        }));
      if (clash) throw new RejectedInput([USER_ID_TAKEN]);

      const oldEmail = account.email;
      // The e-mail address is the user ID only where it already was: a user ID the
      // customer chose at registration stays as it is.
      if (email !== oldEmail && account.userIdKey === userIdKeyOf(oldEmail)) {
        account.userId = email;
        account.userIdKey = userIdKeyOf(email);
      }
      account.email = email;
      account.mailOptIn = request.mailOptIn;
      if (passwordHash) {
        account.passwordHash = passwordHash;
        account.passwordChangedAt = now;
      }
      // A successful reset proves the customer: lift a lockout and any pending temporary password.
      account.clearLockout(now);
      account.temporaryPasswordHash = null;
      account.temporaryPasswordExpiresAt = null;
      account.requiredAction = null;
      account.updatedAt = now;

      await endOtherSessions(tem, account.id, now, "CREDENTIAL_RESET");
      await retireAccountLinks(tem, account.id, now);
      const { token } = openSession(tem, account, config.sessions, now, origin);
      const content = settingsChangedMail({
        branding: config.branding,
        changed: changes,
        at: now,
        timeZone: config.timeZone,
      });
      for (const to of new Set([email, oldEmail]))
        queueMail(tem, { to, kind: "settings-changed", content, now });
      recordAudit(tem, {
        type: "CREDENTIAL_RESET_COMPLETED",
        at: now,
        origin,
        accountId: account.id,
        policyholderId: account.policyholder.id,
        detail: { changes },
      });
      return { ok: true, committed: true, changes, account, sessionToken: token };
    });
  } catch (error) {
    if (error instanceof RejectedInput)
      return { ok: false, error: validationFailure(error.errors) };
    if (error instanceof UniqueConstraintViolationException) {
      return { ok: false, error: validationFailure([USER_ID_TAKEN]) };
    }
    throw error;
  }
}
