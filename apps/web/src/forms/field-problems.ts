import type { FieldError, LocalizedText } from "@cws/domain/rules";

/**
 * A field's problem as the server sends it (ValidationFailed.fieldErrors) and as
 * @cws/domain's validators return it in the browser: both languages are kept, so the
 * messages on screen follow the language switch.
 */
export type FieldProblem = FieldError;

/** A form's element ids are `<form>-<field>`, so the error summary can point at each field. */
export function fieldId(form: string, field: string): string {
  return `${form}-${field}`;
}

/** The messages for one field in the given language, joined; undefined when it has none. */
export function problemFor(
  problems: readonly FieldProblem[],
  field: string,
  language: keyof LocalizedText,
): string | undefined {
  const found = problems.filter((p) => p.field === field).map((p) => p.message[language]);
  return found.length > 0 ? found.join(" ") : undefined;
}

/** A problem for a field the browser checks itself (e.g. the password confirmation). */
export function problem(field: string, code: string, message: LocalizedText): FieldProblem {
  return { field, code, message };
}
