import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { type Account, userIdKeyOf } from "../accounts/account.entity.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Failure } from "../errors/failure.ts";
import type { FieldError } from "../errors/field-error.ts";
import { RejectedInput } from "../errors/rejected-input.ts";
import { peekStepToken, redeemStepToken, retireAccountLinks } from "../links/link-service.ts";
import { queueMail } from "../mail/outbox.ts";
import { credentialResetCompletedMail } from "../mail/templates/credential-reset-completed.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import { passwordErrors } from "../passwords/password-policy.ts";
import { resetStepTokenInvalid } from "../registration/registration-failures.ts";
import type { PolicyholderDetails } from "../policyholders/policyholder-details.ts";
import type { Em } from "../database/orm.ts";
import type { RequestScope } from "../request-scope.ts";
import { endOtherSessions, openSession } from "../sessions/session-service.ts";
import { findLoginAccounts, userIdRuleErrors } from "../accounts/login-identifier.ts";
import { validateEmail, validateUserId } from "../validation/common-fields.ts";
import { bounded } from "../validation/input-bounds.ts";

/** STEP 5's form: what is shown read-only, and the current settings to start from. */
export interface ResetForm extends PolicyholderDetails {
  email: string;
  userId: string;
  mailOptIn: boolean;
}

export type SettingChange = "userId" | "email" | "password" | "mailOptIn";

export interface ResetRequest {
  stepToken: string;
  /**
   * A new user ID; null or blank keeps the current one. Kept, a user ID that is the current
   * e-mail address follows the address when that changes (it must stay the account's own).
   */
  userId?: string | null;
  email: string;
  /** Null keeps the current password (the customer only forgot the user ID). */
  password: string | null;
  mailOptIn: boolean;
  /** False: validate and describe the change for 変更内容の確認; true: apply it. */
  commit: boolean;
}

export type ResetOutcome =
  | { ok: true; committed: false; changes: SettingChange[]; form: ResetForm; userId: string }
  | { ok: true; committed: true; changes: SettingChange[]; account: Account; sessionToken: string }
  | { ok: false; error: ValidationFailure | Failure<"RESET_STEP_TOKEN_INVALID"> };

const EMAIL_TAKEN: FieldError = {
  field: "email",
  code: "EMAIL_UNAVAILABLE",
  message: {
    ja: "このメールアドレスはご利用いただけません。別のメールアドレスをご指定ください。",
    en: "This e-mail address cannot be used. Please enter another.",
  },
};

const USER_ID_TAKEN: FieldError = {
  field: "userId",
  code: "USER_ID_UNAVAILABLE",
  message: {
    ja: "このユーザーIDはご利用いただけません。別のユーザーIDをご指定ください。",
    en: "This user ID cannot be used. Please choose another.",
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

interface Validated {
  errors: FieldError[];
  email: string;
  userId: string;
  changes: SettingChange[];
}

function validate(scope: RequestScope, account: Account, request: ResetRequest): Validated {
  const email = validateEmail(request.email, "email");
  const errors: FieldError[] = email.ok ? [] : [...email.errors];
  const newEmail = email.ok ? email.value : account.email;
  let userId = keptUserId(account, newEmail);
  if (request.userId?.trim()) {
    const chosen = validateUserId(request.userId, "userId");
    if (chosen.ok) {
      userId = chosen.value;
      errors.push(...userIdRuleErrors(userId, newEmail));
    } else errors.push(...chosen.errors);
  }
  if (request.password !== null) {
    errors.push(
      ...passwordErrors(request.password, {
        minLength: scope.config.passwords.minLength,
        userId,
        email: newEmail,
        birthDate: account.policyholder.birthDate,
      }),
    );
  }
  const changes: SettingChange[] = [];
  if (userId !== account.userId) changes.push("userId");
  if (newEmail !== account.email) changes.push("email");
  if (request.password !== null) changes.push("password");
  if (request.mailOptIn !== account.mailOptIn) changes.push("mailOptIn");
  return { errors, email: newEmail, userId, changes };
}

/** The current user ID, kept: one that is the e-mail address follows the address. */
function keptUserId(account: Account, newEmail: string): string {
  return account.userIdKey === userIdKeyOf(account.email) ? newEmail : account.userId;
}

/**
 * Another account already logging in with this user ID or address would make login
 * ambiguous: user IDs and e-mail addresses are looked up together (`login-identifier.ts`).
 */
async function clashes(em: Em, account: Account, v: Validated): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const others = async (identifier: string) =>
    (await findLoginAccounts(em, identifier)).some((other) => other.id !== account.id);
  if (v.email !== account.email && (await others(v.email))) errors.push(EMAIL_TAKEN);
  if (userIdKeyOf(v.userId) !== account.userIdKey && (await others(v.userId)))
    errors.push(USER_ID_TAKEN);
  return errors;
}

/**
 * STEP 5–6: keeps or changes the user ID, and sets the e-mail address, the password and the
 * mail preference. The preview names the user ID that will log in. Committing ends every
 * session of the account, lifts a lockout, logs this browser in afresh and notifies the
 * customer, naming the user ID (the old address too when it changed, without the ID).
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
    const validated = validate(scope, account, request);
    const errors = [...validated.errors];
    if (errors.length === 0) errors.push(...(await clashes(scope.em, account, validated)));
    if (errors.length > 0) return { ok: false, error: validationFailure(errors) };
    const { changes, userId } = validated;
    return { ok: true, committed: false, changes, form: formOf(account), userId };
  }

  const passwordHash = request.password === null ? null : await hashPassword(request.password);
  try {
    return await scope.em.transactional(async (tem): Promise<ResetOutcome> => {
      const step = await redeemStepToken(tem, request.stepToken, "CREDENTIAL_RESET", now);
      const account = step?.link.account;
      if (!account) return invalid();
      const validated = validate(scope, account, request);
      if (validated.errors.length > 0) throw new RejectedInput(validated.errors);
      const clash = await clashes(tem, account, validated);
      if (clash.length > 0) throw new RejectedInput(clash);
      const { email, userId, changes } = validated;

      const oldEmail = account.email;
      account.userId = userId;
      account.userIdKey = userIdKeyOf(userId);
      account.email = email;
      if (scope.language) account.language = scope.language;
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
      const notice = (to: string) =>
        credentialResetCompletedMail({
          branding: config.branding,
          changed: changes,
          at: now,
          timeZone: config.timeZone,
          // An address the account just left is told of the reset, but not how to log in.
          userId: to === email ? userId : null,
          language: account.language,
        });
      for (const to of new Set([email, oldEmail]))
        queueMail(tem, { to, kind: "settings-changed", content: notice(to), now });
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
    // Two resets racing for one user ID: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) {
      return { ok: false, error: validationFailure([USER_ID_TAKEN]) };
    }
    throw error;
  }
}
