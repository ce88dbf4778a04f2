import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { Account, userIdKeyOf } from "../accounts/account.entity.ts";
import { recordAudit } from "../audit/audit-log.ts";
import type { FieldError } from "../errors/field-error.ts";
import { RejectedInput } from "../errors/rejected-input.ts";
import type { LocalizedText } from "../errors/localized-text.ts";
import { redeemStepToken } from "../links/link-service.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import { passwordErrors } from "../passwords/password-policy.ts";
import type { RequestScope } from "../request-scope.ts";
import { openSession } from "../sessions/session-service.ts";
import { validateUserId } from "../validation/common-fields.ts";

export type CompleteRegistrationOutcome =
  | { ok: true; account: Account; sessionToken: string }
  | { ok: false; code: "VALIDATION_FAILED"; errors: FieldError[] }
  | { ok: false; code: "STEP_TOKEN_INVALID" | "ALREADY_REGISTERED"; message: LocalizedText };

export const STEP_TOKEN_INVALID_MESSAGE: LocalizedText = {
  ja: "お手続きの有効期限が切れたか、すでに完了しています。お手数ですが、最初からお手続きください。",
  en: "This step has expired or was already completed. Please start again from the beginning.",
};

const ALREADY_REGISTERED_MESSAGE: LocalizedText = {
  ja: "すでに利用登録がお済みです。ログインするか、「ユーザーID・パスワードをお忘れの方はこちら」からお手続きください。",
  en: "You are already registered. Please log in, or use “Forgot your user ID or password”.",
};

const USER_ID_TAKEN: FieldError = {
  field: "userId",
  code: "USER_ID_UNAVAILABLE",
  message: { ja: "このユーザーIDはご利用いただけません。別のユーザーIDをご指定ください。", en: "This user ID cannot be used. Please choose another." },
};

/**
 * Seed step 6: after the keyword, the customer chooses a user ID (the e-mail address by
 * default) and a password; the account is created and the customer is logged in.
 */
export async function completeRegistration(
  scope: RequestScope,
  input: { stepToken: string; userId?: string | null; password: string },
): Promise<CompleteRegistrationOutcome> {
  const { config, now, origin } = scope;
  // The slow hash runs before the transaction so no lock is held while it computes.
  const passwordHash = hashPassword(input.password);
  try {
    return await scope.em.transactional(async (tem): Promise<CompleteRegistrationOutcome> => {
      const step = await redeemStepToken(tem, input.stepToken, "REGISTRATION", now);
      if (!step) return { ok: false, code: "STEP_TOKEN_INVALID", message: STEP_TOKEN_INVALID_MESSAGE };
      const { policyholder, email } = step.link;

      const userIdResult = validateUserId(input.userId?.trim() ? input.userId : email);
      const errors: FieldError[] = userIdResult.ok ? [] : userIdResult.errors;
      const userId = userIdResult.ok ? userIdResult.value : "";
      errors.push(...passwordErrors(input.password, { minLength: config.passwords.minLength, userId, email, birthDate: policyholder.birthDate }));
      // Validation failures leave the step token usable: roll back by throwing.
      if (errors.length > 0) throw new RejectedInput(errors);

      if (await tem.findOne(Account, { policyholder })) return { ok: false, code: "ALREADY_REGISTERED", message: ALREADY_REGISTERED_MESSAGE };
      if (await tem.findOne(Account, { userIdKey: userIdKeyOf(userId) })) throw new RejectedInput([USER_ID_TAKEN]);

      const account = tem.create(Account, {
        // Chosen here rather than by the database: the audit rows below need it before the insert.
        id: randomUUID(),
        policyholder,
        userId,
        userIdKey: userIdKeyOf(userId),
        email,
        passwordHash: await passwordHash,
        mailOptIn: true,
        failedLoginCount: 0,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      const { token } = openSession(tem, account, config.sessions, now, origin);
      const audit = { at: now, origin, accountId: account.id, policyholderId: policyholder.id };
      recordAudit(tem, { ...audit, type: "REGISTRATION_COMPLETED" });
      recordAudit(tem, { ...audit, type: "LOGIN_SUCCEEDED", detail: { viaRegistration: true } });
      return { ok: true, account, sessionToken: token };
    });
  } catch (error) {
    if (error instanceof RejectedInput) return { ok: false, code: "VALIDATION_FAILED", errors: error.errors };
    // Two registrations racing for one user ID: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) return { ok: false, code: "VALIDATION_FAILED", errors: [USER_ID_TAKEN] };
    throw error;
  }
}
