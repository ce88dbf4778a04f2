import type { FieldError, Validated } from "../errors/field-error.ts";
import type { LocalizedText } from "../errors/localized-text.ts";
import { isKatakanaOrHiragana, normalizeKana } from "../identity/name-normalizer.ts";
import {
  errorsOf,
  invalid,
  presentText,
  validateBirthDate,
  validateEmail,
} from "./common-fields.ts";
import { fieldError } from "./messages.ts";

/** お客さま情報の入力 (SPEC §2.3 step 1) once it passed validation, normalised. */
export interface RegistrationInput {
  /** 姓, NFKC-normalised and trimmed. */
  familyName: string;
  /** 名, NFKC-normalised and trimmed. */
  givenName: string;
  /** セイ in katakana, without spaces. */
  familyNameKana: string;
  /** メイ in katakana, without spaces. */
  givenNameKana: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  /** Trimmed, domain lower-cased; it becomes the default user ID. */
  email: string;
  /** The customer's own keyword, exactly as they chose it (case matters). */
  keyword: string;
  /** Half-width digits. */
  employeeNumber: string;
  termsAccepted: true;
}

/** Longest name or kana accepted, in characters. */
export const NAME_MAX_LENGTH = 50;
/** Longest employee number accepted, in digits. */
export const EMPLOYEE_NUMBER_MAX_LENGTH = 20;
/** Registration keyword length bounds (the seed's example is "Abc123"). */
export const KEYWORD_MIN_LENGTH = 6;
export const KEYWORD_MAX_LENGTH = 16;

/** The rule for the customer's registration keyword, worded for screens and the API schema. */
export const KEYWORD_RULE_DESCRIPTION: LocalizedText = {
  ja: `半角英数字${KEYWORD_MIN_LENGTH}～${KEYWORD_MAX_LENGTH}文字(英字と数字をそれぞれ1文字以上含む)`,
  en:
    `${KEYWORD_MIN_LENGTH} to ${KEYWORD_MAX_LENGTH} half-width ` +
    `letters and digits, with at least one letter and one digit`,
};

// Zero-width characters come in unseen with copy-and-paste; the customer could not find
// them to fix an error, so they are dropped rather than refused (then NFC, in case one
// stood between a kana and its voiced mark).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
// Control characters (NUL breaks PostgreSQL text), other format characters (bidi
// overrides make a name display differently to staff) and lone surrogates (not encodable).
const UNUSABLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;
const KEYWORD = new RegExp(
  `^(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9]{${KEYWORD_MIN_LENGTH},${KEYWORD_MAX_LENGTH}}$`,
);

const length = (s: string) => [...s].length;

/** A name as identity matching compares it: NFKC, invisible characters dropped, 1–50 characters. */
export function validateName(raw: unknown, field: string): Validated<string> {
  const value = presentText(
    typeof raw === "string" ? raw.normalize("NFKC").replace(INVISIBLE, "").normalize("NFC") : raw,
  );
  if (value === null) return invalid(field, "REQUIRED");
  if (UNUSABLE.test(value)) return invalid(field, "INVALID_CHARACTERS");
  if (length(value) > NAME_MAX_LENGTH) return invalid(field, "TOO_LONG", { max: NAME_MAX_LENGTH });
  return { ok: true, value };
}

/** A kana reading, normalised to katakana without spaces as identity matching stores it. */
export function validateKana(raw: unknown, field: string): Validated<string> {
  const text = presentText(raw);
  if (text === null) return invalid(field, "REQUIRED");
  // Normalisation absorbs spaces, widths and hiragana; anything else left over is refused.
  if (!isKatakanaOrHiragana(text)) return invalid(field, "KANA_NOT_KATAKANA");
  const value = normalizeKana(text);
  if (length(value) > NAME_MAX_LENGTH) return invalid(field, "TOO_LONG", { max: NAME_MAX_LENGTH });
  return { ok: true, value };
}

/** The customer's own keyword; trimmed, otherwise kept exactly (it is typed back later). */
export function validateRegistrationKeyword(raw: unknown, field = "keyword"): Validated<string> {
  const text = presentText(raw);
  if (text === null) return invalid(field, "REQUIRED");
  if (!KEYWORD.test(text))
    return invalid(field, "KEYWORD_INVALID", { rule: KEYWORD_RULE_DESCRIPTION });
  return { ok: true, value: text };
}

/** 社員番号: digits of either width, 1–20 of them. */
export function validateEmployeeNumber(raw: unknown, field = "employeeNumber"): Validated<string> {
  const text = presentText(typeof raw === "string" ? raw.normalize("NFKC") : raw);
  if (text === null) return invalid(field, "REQUIRED");
  if (!/^[0-9]+$/.test(text)) return invalid(field, "EMPLOYEE_NUMBER_NOT_DIGITS");
  if (text.length > EMPLOYEE_NUMBER_MAX_LENGTH)
    return invalid(field, "TOO_LONG", { max: EMPLOYEE_NUMBER_MAX_LENGTH });
  return { ok: true, value: text };
}

function field(raw: unknown, name: string): unknown {
  return typeof raw === "object" && raw !== null && Object.hasOwn(raw, name)
    ? (raw as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Validates お客さま情報の入力 (SPEC §2.3 step 1) and returns every field's problem at
 * once, or the normalised input. `today` is the current Japan calendar date (YYYY-MM-DD),
 * passed in so the check does not depend on the server's clock or time zone.
 */
export function validateRegistrationInput(
  raw: unknown,
  today: string,
): Validated<RegistrationInput> {
  const familyName = validateName(field(raw, "familyName"), "familyName");
  const givenName = validateName(field(raw, "givenName"), "givenName");
  const familyNameKana = validateKana(field(raw, "familyNameKana"), "familyNameKana");
  const givenNameKana = validateKana(field(raw, "givenNameKana"), "givenNameKana");
  const birthDate = validateBirthDate(field(raw, "birthDate"), today, "birthDate");
  const email = validateEmail(field(raw, "email"), "email");
  const keyword = validateRegistrationKeyword(field(raw, "keyword"), "keyword");
  const employeeNumber = validateEmployeeNumber(field(raw, "employeeNumber"), "employeeNumber");
  const termsErrors: FieldError[] =
    field(raw, "termsAccepted") === true ? [] : [fieldError("termsAccepted", "TERMS_NOT_ACCEPTED")];

  if (
    familyName.ok &&
    givenName.ok &&
    familyNameKana.ok &&
    givenNameKana.ok &&
    birthDate.ok &&
    email.ok &&
    keyword.ok &&
    employeeNumber.ok &&
    termsErrors.length === 0
  ) {
    return {
      ok: true,
      value: {
        familyName: familyName.value,
        givenName: givenName.value,
        familyNameKana: familyNameKana.value,
        givenNameKana: givenNameKana.value,
        birthDate: birthDate.value,
        email: email.value,
        keyword: keyword.value,
        employeeNumber: employeeNumber.value,
        termsAccepted: true,
      },
    };
  }
  const results = [
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    birthDate,
    email,
    keyword,
    employeeNumber,
  ];
  return { ok: false, errors: [...results.flatMap(errorsOf), ...termsErrors] };
}
