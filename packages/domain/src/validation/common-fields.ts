import type { FieldError, Validated } from "../errors/field-error.ts";
import { isCalendarDate } from "../time/calendar-date.ts";
import { fieldError, type MessageCode, type MessageParam } from "./messages.ts";

/*
 * Field validators shared by registration, credential reset and settings. Each takes the
 * raw value as it arrived (anything: GraphQL, CSV, a test) and never throws on it.
 */

/** The longest e-mail address SMTP can carry (RFC 5321 path limit less the brackets). */
export const EMAIL_MAX_LENGTH = 254;
/** User IDs: the shortest and longest accepted (SPEC §2.2). */
export const USER_ID_MIN_LENGTH = 3;
export const USER_ID_MAX_LENGTH = 254;
/** The earliest birth date accepted; anything before is a typing mistake. */
export const EARLIEST_BIRTH_DATE = "1900-01-01";
/** How many digits a recovery keyword has (seed STEP 3: 1234567890). */
export const RECOVERY_KEYWORD_LENGTH = 10;

// A practical subset of RFC 5322: a dot-atom local part limited to the characters a user
// ID may hold, because the address becomes the default user ID; a host name of letters,
// digits and inner hyphens with a letter-only top-level domain. Quoted local parts,
// comments and IP literals are legal but never seen from real customers.
const EMAIL =
  /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const EMAIL_LOCAL_MAX = 64;
const USER_ID = /^[A-Za-z0-9@._+-]+$/;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const SPACES = /\s+/gu;

/** The result for a field that failed one rule. */
export function invalid<T>(
  field: string,
  code: MessageCode,
  params: Record<string, MessageParam> = {},
): Validated<T> {
  return { ok: false, errors: [fieldError(field, code, params)] };
}

/** The problems of a result, or none when it passed; for gathering every field's errors. */
export function errorsOf(result: Validated<unknown>): FieldError[] {
  return result.ok ? [] : result.errors;
}

/** The trimmed string, or null when the value is missing, not a string, or only spaces. */
export function presentText(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const trimmed = raw.trim();
  return trimmed === "" ? null : trimmed;
}

/**
 * An e-mail address: surrounding spaces (including full-width ones) trimmed, the domain
 * lower-cased, half-width only. The local part keeps its case, since the mailbox owner
 * decides whether it matters.
 */
export function validateEmail(raw: unknown, field = "email"): Validated<string> {
  const text = presentText(raw);
  if (text === null) return invalid(field, "REQUIRED");
  if (text.length > EMAIL_MAX_LENGTH) return invalid(field, "TOO_LONG", { max: EMAIL_MAX_LENGTH });
  if (!EMAIL.test(text)) return invalid(field, "EMAIL_INVALID");
  const at = text.lastIndexOf("@");
  if (at > EMAIL_LOCAL_MAX) return invalid(field, "EMAIL_INVALID");
  return { ok: true, value: `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}` };
}

/**
 * A birth date written YYYY-MM-DD (full-width digits accepted): a real calendar date, not
 * after `today` (the Japan calendar date) and not before {@link EARLIEST_BIRTH_DATE}.
 * Throws only when `today` itself is not a date, which is a programming error.
 */
export function validateBirthDate(
  raw: unknown,
  today: string,
  field = "birthDate",
): Validated<string> {
  if (!isCalendarDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const text = presentText(typeof raw === "string" ? raw.normalize("NFKC") : raw);
  if (text === null) return invalid(field, "REQUIRED");
  if (!DATE_SHAPE.test(text) || !isCalendarDate(text)) return invalid(field, "BIRTH_DATE_INVALID");
  // YYYY-MM-DD strings order like the dates they name.
  if (text < EARLIEST_BIRTH_DATE)
    return invalid(field, "BIRTH_DATE_TOO_OLD", {
      min: { ja: "1900年1月1日", en: "1 January 1900" },
    });
  if (text > today) return invalid(field, "BIRTH_DATE_IN_FUTURE");
  return { ok: true, value: text };
}

/**
 * A user ID (SPEC §2.2): half-width letters, digits and the characters of an e-mail
 * address (@ . _ - +), 3–254 characters. Case is kept; lookups compare case-insensitively.
 */
export function validateUserId(raw: unknown, field = "userId"): Validated<string> {
  const text = presentText(raw);
  if (text === null) return invalid(field, "REQUIRED");
  if (text.length < USER_ID_MIN_LENGTH || text.length > USER_ID_MAX_LENGTH || !USER_ID.test(text)) {
    return invalid(field, "USER_ID_INVALID", { min: USER_ID_MIN_LENGTH, max: USER_ID_MAX_LENGTH });
  }
  return { ok: true, value: text };
}

/**
 * The 10-digit recovery keyword as the customer types it back: full-width digits and
 * spaces (people copy it in groups) are accepted and removed.
 */
export function validateRecoveryKeyword(raw: unknown, field = "keyword"): Validated<string> {
  const text = presentText(
    typeof raw === "string" ? raw.normalize("NFKC").replace(SPACES, "") : raw,
  );
  if (text === null) return invalid(field, "REQUIRED");
  if (text.length !== RECOVERY_KEYWORD_LENGTH || !/^[0-9]+$/.test(text)) {
    return invalid(field, "RECOVERY_KEYWORD_INVALID", { length: RECOVERY_KEYWORD_LENGTH });
  }
  return { ok: true, value: text };
}

/** The seed's labels for the mail preference, accepted beside booleans (e.g. from CSV). */
const MAIL_OPT_IN_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  希望する: true,
  希望しない: false,
};

/** サービスに関する情報のメール: 希望する (true) or 希望しない (false). */
export function validateMailOptIn(raw: unknown, field = "mailOptIn"): Validated<boolean> {
  if (typeof raw === "boolean") return { ok: true, value: raw };
  const text = presentText(raw);
  if (text !== null && Object.hasOwn(MAIL_OPT_IN_WORDS, text))
    return { ok: true, value: MAIL_OPT_IN_WORDS[text]! };
  return invalid(field, "MAIL_OPT_IN_INVALID");
}
