import type { LocalizedText } from "./localized-text.ts";

/**
 * One problem with one input field: a stable code the client can branch on (e.g.
 * `KANA_NOT_KATAKANA`, `PASSWORD_TOO_SHORT`) and a message in Japanese and English.
 */
export interface FieldError {
  field: string;
  code: string;
  message: LocalizedText;
}

/** The outcome of validating input: the cleaned value, or every field problem found. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
