/** Calendar and wall-clock helpers for the service's time zone (Japan time unless configured otherwise). */

/** The wall-clock fields of an instant in a time zone. */
export function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDateOf(at: Date, timeZone: string): string {
  const f = wallClock(at, timeZone);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}`;
}

/** A mail deadline as the seed writes it: "2026年11月27日18時まで" (rounded down to the hour, so it is never later than the real one). */
export function formatDeadlineJa(at: Date, timeZone: string): string {
  const roundedDown = new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
  const f = wallClock(roundedDown, timeZone);
  return `${f.year}年${f.month}月${f.day}日${f.hour}時まで`;
}

/** Date and time for messages: "2026年11月30日 4:00". */
export function formatDateTimeJa(at: Date, timeZone: string): string {
  const f = wallClock(at, timeZone);
  return `${f.year}年${f.month}月${f.day}日 ${f.hour}:${pad(f.minute)}`;
}

/** Date and time for English messages: "2026-11-30 04:00 (Japan time)". */
export function formatDateTimeEn(at: Date, timeZone: string): string {
  const f = wallClock(at, timeZone);
  const zone = timeZone === "Asia/Tokyo" ? "Japan time" : timeZone;
  return `${f.year}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)} (${zone})`;
}
