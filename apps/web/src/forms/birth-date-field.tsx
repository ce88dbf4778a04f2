import type { ReactNode } from "react";
import { useServiceTime } from "../i18n/time-zone.tsx";
import { useT } from "../i18n/use-t.ts";
import { daysInMonth, withPart, type BirthDateParts } from "./birth-date-parts.ts";
import { describedBy, FieldMessages } from "./field-message.tsx";

const EARLIEST_YEAR = 1900;
/**
 * How many years back the empty year sits. A native select opens at its chosen option, so with
 * "--" at the top every customer would scroll past decades first; placed before the year of a
 * typical policyholder (about 40, e.g. 1986 in 2026) it opens among the likely years instead.
 * Typing the year on a focused select jumps to it either way.
 */
export const YEAR_PICKER_OPENS_YEARS_BACK = 40;

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

interface BirthDateFieldProps {
  /** The year select gets this id, so an error summary can move focus to the field. */
  id: string;
  value: BirthDateParts;
  onChange: (value: BirthDateParts) => void;
  error?: string | undefined;
  hint?: ReactNode;
}

/** The years, newest first, with the empty choice ("") placed just above the typical birth year. */
export function yearOptions(thisYear: number): string[] {
  const years = range(EARLIEST_YEAR, thisYear).reverse();
  const at = Math.min(YEAR_PICKER_OPENS_YEARS_BACK, years.length);
  return [...years.slice(0, at), "", ...years.slice(at)];
}

/**
 * 生年月日 (西暦 年 月 日) as three native selects: each has its own label, the group its
 * legend, and the error is read with every part. Native selects keep keyboard use and
 * phone pickers as people know them.
 */
export function BirthDateField({ id, value, onChange, error, hint }: BirthDateFieldProps) {
  const t = useT();
  const thisYear = Number(useServiceTime().today().slice(0, 4));
  const description = describedBy(id, { hint, error });
  const parts = [
    { part: "year", options: yearOptions(thisYear), label: t("birthDate.year") },
    { part: "month", options: range(1, 12), label: t("birthDate.month") },
    { part: "day", options: range(1, daysInMonth(value)), label: t("birthDate.day") },
  ] as const;
  return (
    <fieldset className="field-group">
      <legend>
        {t("birthDate.legend")}{" "}
        <span className="badge badge--required" aria-hidden="true">
          {t("common.required")}
        </span>
      </legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="date-parts">
        {t("birthDate.era") && <span aria-hidden="true">{t("birthDate.era")}</span>}
        {parts.map(({ part, options, label }) => {
          const selectId = part === "year" ? id : `${id}-${part}`;
          return (
            <span key={part} className="field">
              <select
                id={selectId}
                value={value[part]}
                onChange={(event) => onChange(withPart(value, part, event.target.value))}
                aria-required="true"
                aria-invalid={error ? true : undefined}
                aria-describedby={description}
              >
                {part !== "year" && <option value="">{t("birthDate.choose")}</option>}
                {options.map((option) =>
                  option === "" ? (
                    <option key="none" value="">
                      {t("birthDate.choose")}
                    </option>
                  ) : (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ),
                )}
              </select>
              <label htmlFor={selectId}>{label}</label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
