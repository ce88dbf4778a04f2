import type { FieldError } from "./field-error.ts";
import type { Failure } from "./failure.ts";

/** Some input fields are invalid; every problem found is listed, each with its own code and wording. */
export type ValidationFailure = Failure<"VALIDATION_FAILED", { fieldErrors: FieldError[] }>;

/** The caller used up its attempts for a while (throttled sign-in actions). */
export type TooManyAttemptsFailure = Failure<"TOO_MANY_ATTEMPTS", { retryAfterSeconds: number }>;

export function validationFailure(fieldErrors: FieldError[]): ValidationFailure {
  return {
    code: "VALIDATION_FAILED",
    message: {
      ja: "入力内容に誤りがあります。各項目をご確認ください。",
      en: "Some fields need correcting.",
    },
    fieldErrors,
  };
}

export function tooManyAttemptsFailure(retryAfterSeconds: number): TooManyAttemptsFailure {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    code: "TOO_MANY_ATTEMPTS",
    message: {
      ja: `試行回数が多すぎます。${minutes}分ほど時間をおいてから再度お試しください。`,
      en: `Too many attempts. Please try again in about ${minutes} minute(s).`,
    },
    retryAfterSeconds,
  };
}
