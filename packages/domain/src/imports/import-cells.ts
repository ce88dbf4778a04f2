import type { FieldError, Validated } from "../errors/field-error.ts";
import { isCalendarDate } from "../time/calendar-date.ts";
import { columnLabel } from "./import-columns.ts";
import { importMessage, type ImportMessageCode } from "./import-messages.ts";
import type { ImportKind } from "./import-run.entity.ts";

/*
 * Cell readers for the import-only fields. Each takes the cell as read (a string) and
 * returns the clean value or the problem, worded with the column's header.
 */

/** A problem with a cell of an import file, worded with the column header. */
export function cellError(
  kind: ImportKind,
  field: string,
  code: ImportMessageCode,
  params: Record<string, string | number> = {},
): FieldError {
  return {
    field,
    code,
    message: importMessage(code, { label: columnLabel(kind, field), ...params }),
  };
}

const fail = <T>(error: FieldError): Validated<T> => ({ ok: false, errors: [error] });

/** Dates as spreadsheets write them: 2026-01-05, 2026/1/5, full-width digits; returned as YYYY-MM-DD. */
export function normalizeDateCell(raw: string): string {
  const text = raw.normalize("NFKC").trim();
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (!match) return text;
  return `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
}

export function readDate(kind: ImportKind, field: string, raw: string): Validated<string> {
  const text = normalizeDateCell(raw);
  if (text === "") return fail(cellError(kind, field, "REQUIRED"));
  return isCalendarDate(text)
    ? { ok: true, value: text }
    : fail(cellError(kind, field, "DATE_INVALID"));
}

/** A whole number within bounds; thousands separators (98,000) and full-width digits are accepted. */
export function readInteger(
  kind: ImportKind,
  field: string,
  raw: string,
  min: number,
  max: number,
): Validated<number> {
  const text = raw
    .normalize("NFKC")
    .trim()
    .replace(/,/g, "")
    .replace(/[%％円]$/u, "");
  if (text === "") return fail(cellError(kind, field, "REQUIRED"));
  const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    return fail(cellError(kind, field, "NUMBER_OUT_OF_RANGE", { min, max }));
  return { ok: true, value };
}

/** Free text (a group name, 契約内容): NFKC, trimmed, required, bounded. */
export function readText(
  kind: ImportKind,
  field: string,
  raw: string,
  max: number,
): Validated<string> {
  const text = raw
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .trim();
  if (text === "") return fail(cellError(kind, field, "REQUIRED"));
  if ([...text].length > max) return fail(cellError(kind, field, "TOO_LONG", { max }));
  return { ok: true, value: text };
}
