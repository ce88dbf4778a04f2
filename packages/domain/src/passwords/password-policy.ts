import type { FieldError } from "../errors/field-error.ts";
import type { LocalizedText } from "../errors/localized-text.ts";
import { fieldError, messageFor } from "../validation/messages.ts";
import { isCommonPassword } from "./common-passwords.ts";

/*
 * The password policy of SPEC §3: the seed's rule made safer. Pure and free of Node APIs
 * on purpose: the web app imports this module to show each rule live as the customer types.
 */

/** Every rule, in the order the web app lists them. */
export const PASSWORD_RULES = [
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "PASSWORD_INVALID_CHARACTERS",
  "PASSWORD_NEEDS_UPPER_AND_LOWER",
  "PASSWORD_NEEDS_TWO_KINDS",
  "PASSWORD_TOO_COMMON",
  "PASSWORD_SAME_AS_PERSONAL_INFO",
] as const;

export type PasswordRule = (typeof PASSWORD_RULES)[number];

/** One rule checked against one password: the code, whether it holds, and its wording. */
export interface PasswordRuleResult {
  rule: PasswordRule;
  ok: boolean;
  message: LocalizedText;
}

/** What the password is checked against besides itself. */
export interface PasswordContext {
  /** config.passwords.minLength (8 by default). */
  minLength: number;
  userId?: string | null;
  email?: string | null;
  /** YYYY-MM-DD. */
  birthDate?: string | null;
}

/** The minimum when the configured one is unusable, and the seed-plus-SPEC default. */
export const DEFAULT_PASSWORD_MIN_LENGTH = 8;
/** Longer inputs are refused so hashing cost stays bounded. */
export const PASSWORD_MAX_LENGTH = 128;

// Printable ASCII without the space: what 「半角英字・数字・記号」 means.
const ALLOWED = /^[\x21-\x7E]*$/;
const SYMBOL = /[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/;

function effectiveMinLength(configured: number): number {
  if (!Number.isFinite(configured)) return DEFAULT_PASSWORD_MIN_LENGTH;
  return Math.min(PASSWORD_MAX_LENGTH, Math.max(1, Math.floor(configured)));
}

function kindsIn(password: string): number {
  // Upper and lower case together count as one kind, "letters", as the seed counts them.
  return [/[A-Za-z]/, /[0-9]/, SYMBOL].filter((kind) => kind.test(password)).length;
}

function personalForms(context: PasswordContext): string[] {
  const userId = context.userId?.trim() ?? "";
  const email = context.email?.trim() ?? "";
  const localPart = email.includes("@") ? email.slice(0, email.lastIndexOf("@")) : "";
  const forms = [userId, email, localPart];
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(context.birthDate?.trim() ?? "");
  if (date) {
    const [, y, m, d] = date;
    forms.push(`${y}${m}${d}`, `${y}-${m}-${d}`, `${y}/${m}/${d}`);
  }
  return forms.filter((form) => form !== "").map((form) => form.toLowerCase());
}

/**
 * Checks a password against every rule and reports each one, passed or not, so a form
 * can tick them off as the customer types. Never throws.
 */
export function checkPassword(password: string, context: PasswordContext): PasswordRuleResult[] {
  const minLength = effectiveMinLength(context.minLength);
  const length = [...password].length;
  const lower = password.toLowerCase();
  const holds: Record<PasswordRule, boolean> = {
    PASSWORD_TOO_SHORT: length >= minLength,
    PASSWORD_TOO_LONG: length <= PASSWORD_MAX_LENGTH,
    PASSWORD_INVALID_CHARACTERS: ALLOWED.test(password),
    PASSWORD_NEEDS_UPPER_AND_LOWER: /[A-Z]/.test(password) && /[a-z]/.test(password),
    PASSWORD_NEEDS_TWO_KINDS: kindsIn(password) >= 2,
    PASSWORD_TOO_COMMON: !isCommonPassword(password),
    PASSWORD_SAME_AS_PERSONAL_INFO: lower === "" || !personalForms(context).includes(lower),
  };
  const params = { min: minLength, max: PASSWORD_MAX_LENGTH };
  return PASSWORD_RULES.map((rule) => ({
    rule,
    ok: holds[rule],
    message: messageFor(rule, "password", params),
  }));
}

/**
 * The failed rules as field errors on `field` (default "password"), ready to return from
 * a mutation; empty when the password is acceptable. An empty password gets one REQUIRED
 * error instead of a list of every rule.
 */
export function passwordErrors(
  password: string,
  context: PasswordContext,
  field = "password",
): FieldError[] {
  if (password === "") return [fieldError(field, "REQUIRED")];
  return checkPassword(password, context)
    .filter((result) => !result.ok)
    .map((result) => ({ field, code: result.rule, message: result.message }));
}
