/** 生年月日 as three selects hold it: each part is "" until chosen. */
export interface BirthDateParts {
  year: string;
  month: string;
  day: string;
}

export const emptyBirthDate: BirthDateParts = { year: "", month: "", day: "" };

/** YYYY-MM-DD for the API, or "" while a part is missing (the validators then say it is required). */
export function birthDateValue({ year, month, day }: BirthDateParts): string {
  if (!year || !month || !day) return "";
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** Days in the month (31 until the year and month are known), so 2月30日 cannot be chosen. */
export function daysInMonth({ year, month }: Pick<BirthDateParts, "year" | "month">): number {
  if (!month) return 31;
  // Day 0 of the next month is the last day of this one; a leap year only matters once the year is known.
  return new Date(Date.UTC(Number(year || 2000), Number(month), 0)).getUTCDate();
}

/** The parts after one select changed, dropping a day the new month does not have. */
export function withPart(
  parts: BirthDateParts,
  part: keyof BirthDateParts,
  value: string,
): BirthDateParts {
  const next = { ...parts, [part]: value };
  return next.day && Number(next.day) > daysInMonth(next) ? { ...next, day: "" } : next;
}
