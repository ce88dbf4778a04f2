import {
  type DomainFailure,
  type FailureCode,
  type FieldError,
  type LocalizedText,
  tooManyAttemptsFailure,
} from "@cws/domain";
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
  description:
    "An expected failure: a stable code to branch on and a message in Japanese and English.",
  fields: (t) => ({
    code: t.exposeString("code"),
    message: t.field({ type: LocalizedMessageRef, resolve: (p) => p.message }),
  }),
  resolveType: (p) => p.__typename,
});

/** A problem type with no fields beyond code and message. */
export function simpleProblem(name: string, description: string) {
  return builder.objectRef<ProblemShape>(name).implement({
    description,
    interfaces: [ProblemRef],
    isTypeOf: (v) => (v as ProblemShape).__typename === name,
  });
}

export const FieldErrorRef = builder.objectRef<FieldError>("FieldError").implement({
  description: "One problem with one input field.",
  fields: (t) => ({
    field: t.exposeString("field", {
      description: "The input field's name, e.g. `familyNameKana`.",
    }),
    code: t.exposeString("code", {
      description: "e.g. `KANA_NOT_KATAKANA`, `PASSWORD_TOO_SHORT`.",
    }),
    message: t.field({ type: LocalizedMessageRef, resolve: (e) => e.message }),
  }),
});

export interface ValidationFailedShape extends ProblemShape {
  __typename: "ValidationFailed";
  fieldErrors: FieldError[];
}

export const ValidationFailedRef = builder
  .objectRef<ValidationFailedShape>("ValidationFailed")
  .implement({
    description: "Some input fields are invalid; every problem found is listed.",
    interfaces: [ProblemRef],
    isTypeOf: (v) => (v as ProblemShape).__typename === "ValidationFailed",
    fields: (t) => ({
      fieldErrors: t.field({ type: [FieldErrorRef], resolve: (v) => v.fieldErrors }),
    }),
  });

export interface TooManyAttemptsShape extends ProblemShape {
  __typename: "TooManyAttempts";
  retryAfterSeconds: number;
}

export const TooManyAttemptsRef = builder
  .objectRef<TooManyAttemptsShape>("TooManyAttempts")
  .implement({
    description: "Too many attempts from this address; try again later.",
    interfaces: [ProblemRef],
    isTypeOf: (v) => (v as ProblemShape).__typename === "TooManyAttempts",
    fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
  });

/**
 * The GraphQL problem type of every domain failure code: the one place codes become API
 * types. Adding a failure to the domain's DomainFailure fails the typecheck here until it
 * has its type.
 */
const PROBLEM_TYPES = {
  VALIDATION_FAILED: "ValidationFailed",
  TOO_MANY_ATTEMPTS: "TooManyAttempts",
  LOGIN_FAILED: "LoginFailed",
  IDENTITY_NOT_CONFIRMED: "IdentityNotConfirmed",
  STEP_TOKEN_INVALID: "StepTokenInvalid",
  ALREADY_REGISTERED: "AlreadyRegistered",
  RESET_STEP_TOKEN_INVALID: "ResetStepTokenInvalid",
  KEYWORD_REJECTED: "KeywordRejected",
  LINK_EXPIRED: "LinkExpired",
  LINK_USED: "LinkUsed",
  LINK_DEAD: "LinkDead",
  LINK_UNKNOWN: "LinkUnknown",
  EMAIL_UNAVAILABLE: "EmailUnavailable",
  CONTRACT_NOT_FOUND: "ContractNotFound",
  NOT_RENEWABLE: "NotRenewable",
  ALREADY_RENEWED: "AlreadyRenewed",
  QUOTE_CHANGED: "QuoteChanged",
  IDEMPOTENCY_KEY_INVALID: "IdempotencyKeyInvalid",
  IDEMPOTENCY_KEY_REUSED: "IdempotencyKeyReused",
} as const satisfies Record<FailureCode, string>;

/** A domain failure as a member of a result union: the failure itself, tagged with its problem type. */
export type ProblemOf<F extends DomainFailure> = F extends DomainFailure
  ? F & { __typename: (typeof PROBLEM_TYPES)[F["code"]] }
  : never;

/** Turns a domain failure into its GraphQL problem (code, message and data as the domain gave them). */
export function asProblem<F extends DomainFailure>(failure: F): ProblemOf<F> {
  return { ...failure, __typename: PROBLEM_TYPES[failure.code as F["code"]] } as ProblemOf<F>;
}

/** resolveType for result unions: every member value carries its GraphQL type name. */
export const byTypename = (value: unknown): string => (value as { __typename: string }).__typename;

/** The typed answer of a throttled field, worded by the domain. */
export function tooManyAttempts(retryAfterSeconds: number): TooManyAttemptsShape {
  return asProblem(tooManyAttemptsFailure(retryAfterSeconds));
}

/** Counts one attempt; answers TooManyAttempts when the caller used up the budget, else null. */
export async function throttled(
  ctx: Context,
  action: ThrottledAction,
  key: string,
): Promise<TooManyAttemptsShape | null> {
  const verdict = await ctx.throttle.consume(action, key);
  return verdict.allowed ? null : tooManyAttempts(verdict.retryAfterSeconds);
}
