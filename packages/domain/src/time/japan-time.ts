/**
 * Calendar and wall-clock helpers for the service's time zone (Japan time unless
 * SERVICE_TIME_ZONE says otherwise). The one place that turns an instant into the date and
 * time people in that zone read; the server's rules and mails and the web app's screens
 * all go through it, each passing the zone they were configured with.
 */

/** The zone the service runs in unless configured otherwise; the web app shows it until the API answers. */
export const DEFAULT_SERVICE_TIME_ZONE = "Asia/Tokyo";

/** The wall-clock fields of an instant in a time zone; `weekday` is 0 for Sunday to 6 for Saturday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

// Building an Intl.DateTimeFormat costs about ten times as much as using one (43 µs against
// 4 µs), and the server reads the wall clock several times per request: one per zone is kept.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of an instant in a time zone. */
export function wallClock(at: Date, timeZone: string): WallClock {
  const parts = formatIn(timeZone).formatToParts(at);
  const text = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(text(type));
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
    weekday: WEEKDAYS.indexOf(text("weekday")),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

// Every zone's offset is a whole number of minutes, so the date cannot change within a
// minute: the last answer per zone is kept for its minute (formatToParts costs ~30 µs, and
// the contract list asks once per request).
const lastDates = new Map<string, { minute: number; date: string }>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDateOf(at: Date, timeZone: string): string {
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastDates.get(timeZone);
  if (last?.minute === minute) return last.date;
  const f = wallClock(at, timeZone);
  const date = `${f.year}-${pad(f.month)}-${pad(f.day)}`;
  lastDates.set(timeZone, { minute, date });
  return date;
}

/** How English texts name the zone: "Japan time" for Asia/Tokyo, otherwise its IANA name. */
export function zoneNameEn(timeZone: string): string {
  return timeZone === "Asia/Tokyo" ? "Japan time" : timeZone;
}

/**
 * A mail deadline as the seed writes it: "2026年11月27日18時まで" (rounded down to the hour,
 * so it is never later than the real one).
 */
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
  return `${f.year}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)} (${zoneNameEn(timeZone)})`;
}
