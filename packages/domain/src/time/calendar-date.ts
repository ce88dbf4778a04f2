/** Arithmetic on calendar dates written YYYY-MM-DD, free of time zones. */

const DAY_MS = 86_400_000;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

// The contract list does date arithmetic for every period of every contract on every request,
// so these two are plain arithmetic (Date.parse and toISOString cost ~0.3 and ~1.1 µs a call).
// They answer exactly as `Date.parse(\`${date}T00:00:00Z\`)` and `toISOString().slice(0, 10)`
// did, which calendar-date.test.ts checks day by day over four centuries.

/** Midnight UTC of a YYYY-MM-DD date; a day past the month's end rolls over as Date.parse does. */
function toUtc(date: string): number {
  if (!DATE_SHAPE.test(date)) throw new RangeError(`not a calendar date: ${date}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > 31)
    throw new RangeError(`not a calendar date: ${date}`);
  // Date.UTC reads years 0–99 as 1900–1999; Date.parse does not.
  return year >= 100 ? Date.UTC(year, month - 1, day) : Date.parse(`${date}T00:00:00Z`);
}

/** The YYYY-MM-DD date of an instant in UTC (days-from-civil inverted, H. Hinnant's algorithm). */
function fromUtc(ms: number): string {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(ms).toISOString().slice(0, 10);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Adds years, keeping the day; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) return fromUtc(Date.UTC(y + years, m, 0));
  return fromUtc(target.getTime());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** True when the string is a real calendar date (no 2月30日). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_SHAPE.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && fromUtc(ms) === value;
}
