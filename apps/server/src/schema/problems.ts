import type { FieldError, LocalizedText } from "@cws/domain";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import type { ThrottledAction } from "../http/throttle.ts";
import { LocalizedMessageRef } from "./localized-message.ts";

/**
 * Expected failures come back as data: each is a type implementing `Problem`, with a
 * stable code the client branches on and a message in Japanese and English.
 */
export interface ProblemShape {
  __typename: string;
  code: string;
  message: LocalizedText;
}

export const ProblemRef = builder.interfaceRef<ProblemShape>("Problem").implement({
  description: "An expected failure: a stable code to branch on and a message in Japanese and English.",
  fields: (t) => ({
    code: t.exposeString("code"),
    message: t.field({ type: LocalizedMessageRef, resolve: (p) => p.message }),
  }),
  resolveType: (p) => p.__typename,
});

/** A problem type with no fields beyond code and message. */
export function simpleProblem(name: string, description: string) {
  return builder.objectRef<ProblemShape>(name).implement({ description, interfaces: [ProblemRef], isTypeOf: (v) => (v as ProblemShape).__typename === name });
}

export const FieldErrorRef = builder.objectRef<FieldError>("FieldError").implement({
  description: "One problem with one input field.",
  fields: (t) => ({
    field: t.exposeString("field", { description: "The input field's name, e.g. `familyNameKana`." }),
    code: t.exposeString("code", { description: "e.g. `KANA_NOT_KATAKANA`, `PASSWORD_TOO_SHORT`." }),
    message: t.field({ type: LocalizedMessageRef, resolve: (e) => e.message }),
  }),
});

export interface ValidationFailedShape extends ProblemShape {
  __typename: "ValidationFailed";
  fieldErrors: FieldError[];
}

export const ValidationFailedRef = builder.objectRef<ValidationFailedShape>("ValidationFailed").implement({
  description: "Some input fields are invalid; every problem found is listed.",
  interfaces: [ProblemRef],
  isTypeOf: (v) => (v as ProblemShape).__typename === "ValidationFailed",
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldErrorRef], resolve: (v) => v.fieldErrors }) }),
});

export function validationFailed(fieldErrors: FieldError[]): ValidationFailedShape {
  return {
    __typename: "ValidationFailed",
    code: "VALIDATION_FAILED",
    message: { ja: "入力内容に誤りがあります。各項目をご確認ください。", en: "Some fields need correcting." },
    fieldErrors,
  };
}

export interface TooManyAttemptsShape extends ProblemShape {
  __typename: "TooManyAttempts";
  retryAfterSeconds: number;
}

export const TooManyAttemptsRef = builder.objectRef<TooManyAttemptsShape>("TooManyAttempts").implement({
  description: "Too many attempts from this address; try again later.",
  interfaces: [ProblemRef],
  isTypeOf: (v) => (v as ProblemShape).__typename === "TooManyAttempts",
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
});

export function tooManyAttempts(retryAfterSeconds: number): TooManyAttemptsShape {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    __typename: "TooManyAttempts",
    code: "TOO_MANY_ATTEMPTS",
    message: {
      ja: `試行回数が多すぎます。${minutes}分ほど時間をおいてから再度お試しください。`,
      en: `Too many attempts. Please try again in about ${minutes} minute(s).`,
    },
    retryAfterSeconds,
  };
}

/** Tags a domain problem with its GraphQL type name. */
export function problem<N extends string>(typename: N, code: string, message: LocalizedText): ProblemShape & { __typename: N } {
  return { __typename: typename, code, message };
}

/** resolveType for result unions: every member value carries its GraphQL type name. */
export const byTypename = (value: unknown): string => (value as { __typename: string }).__typename;

/** Counts one attempt; answers TooManyAttempts when the caller used up the budget, else null. */
export async function throttled(ctx: Context, action: ThrottledAction, key: string): Promise<TooManyAttemptsShape | null> {
  const verdict = await ctx.throttle.consume(action, key);
  return verdict.allowed ? null : tooManyAttempts(verdict.retryAfterSeconds);
}
