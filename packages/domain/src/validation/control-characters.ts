import { fieldError } from "./messages.ts";
import type { FieldError } from "../errors/field-error.ts";

// C0 and C1 control characters, DEL, and UTF-16 halves that are not part of a pair: none is
// text a person types, and NUL is refused by PostgreSQL itself.
const NOT_TEXT =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a string holds a character no form field may contain. */
export function hasNonTextCharacters(value: string): boolean {
  return NOT_TEXT.test(value);
}

/**
 * The first string anywhere in a request's arguments (nested inputs and lists included)
 * that holds a control character or a lone surrogate, as a field error named after its
 * innermost field, or null when every string is clean.
 */
export function nonTextFieldError(value: unknown, field = "input"): FieldError | null {
  if (typeof value === "string")
    return hasNonTextCharacters(value) ? fieldError(field, "INVALID_CHARACTERS") : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = nonTextFieldError(item, field);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = nonTextFieldError(item, key);
      if (found) return found;
    }
  }
  return null;
}
