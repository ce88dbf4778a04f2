import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { Account, userIdKeyOf } from "../accounts/account.entity.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Failure, Outcome } from "../errors/failure.ts";
import type { FieldError } from "../errors/field-error.ts";
import { RejectedInput } from "../errors/rejected-input.ts";
import { redeemStepToken } from "../links/link-service.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import { passwordErrors } from "../passwords/password-policy.ts";
import type { RequestScope } from "../request-scope.ts";
import { openSession } from "../sessions/session-service.ts";
import { userIdRuleErrors } from "../accounts/login-identifier.ts";
import { validateUserId } from "../validation/common-fields.ts";
import { bounded } from "../validation/input-bounds.ts";
import { registrationFailure } from "./registration-failures.ts";

export type CompleteRegistrationOutcome = Outcome<
  { account: Account; sessionToken: string },
  ValidationFailure | Failure<"STEP_TOKEN_INVALID" | "ALREADY_REGISTERED">
>;

const USER_ID_TAKEN: FieldError = {
  field: "userId",
  code: "USER_ID_UNAVAILABLE",
  message: {
    ja: "このユーザーIDはご利用いただけません。別のユーザーIDをご指定ください。",
    en: "This user ID cannot be used. Please choose another.",
  },
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
  const password = bounded(input.password, "password");
  // The slow hash runs before the transaction so no lock is held while it computes.
  const passwordHash = hashPassword(password);
  try {
    return await scope.em.transactional(async (tem): Promise<CompleteRegistrationOutcome> => {
      const step = await redeemStepToken(tem, input.stepToken, "REGISTRATION", now);
      if (!step) return { ok: false, error: registrationFailure("STEP_TOKEN_INVALID") };
      const { policyholder, email } = step.link;

      const userIdResult = validateUserId(input.userId?.trim() ? input.userId : email);
      const errors: FieldError[] = userIdResult.ok ? [] : userIdResult.errors;
      const userId = userIdResult.ok ? userIdResult.value : "";
      // An ID with "@" must be the customer's own address, or it could shadow another's for login.
      errors.push(...userIdRuleErrors(userId, email));
      const { minLength } = config.passwords;
      errors.push(
        ...passwordErrors(password, {
          minLength,
          userId,
          email,
          birthDate: policyholder.birthDate,
        }),
      );
      // Validation failures leave the step token usable: roll back by throwing.
      if (errors.length > 0) throw new RejectedInput(errors);

      if (await tem.findOne(Account, { policyholder })) {
        return { ok: false, error: registrationFailure("ALREADY_REGISTERED") };
      }
      if (await tem.findOne(Account, { userIdKey: userIdKeyOf(userId) }))
        throw new RejectedInput([USER_ID_TAKEN]);

      const account = tem.create(Account, {
        // Chosen here rather than by the database: the audit rows below need it before the insert.
        id: randomUUID(),
        policyholder,
        userId,
        userIdKey: userIdKeyOf(userId),
        email,
        passwordHash: await passwordHash,
        mailOptIn: true,
        language: scope.language ?? "ja",
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
    if (error instanceof RejectedInput)
      return { ok: false, error: validationFailure(error.errors) };
    // Two registrations racing for one user ID: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) {
      return { ok: false, error: validationFailure([USER_ID_TAKEN]) };
    }
    throw error;
  }
}
