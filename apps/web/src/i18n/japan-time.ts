import type { Language } from "./messages.ts";

/** Dates and times are shown in Japan time, whatever zone the visitor's device is set to. */
const timeZone = "Asia/Tokyo";

const wallClockFormat = new Intl.DateTimeFormat("en-US", {
  timeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

function wallClock(at: Date) {
  const parts = wallClockFormat.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { year: get("year"), month: get("month"), day: get("day"), hour: Number(get("hour")), minute: get("minute") };
}

/** A date as the seed writes it: "2026年11月30日"; in English "2026-11-30". */
export function formatDate(at: Date, language: Language): string {
  const { year, month, day } = wallClock(at);
  return language === "ja" ? `${year}年${month}月${day}日` : `${year}-${month}-${day}`;
}

/** Date and time: "2026年11月30日 04:00"; in English "2026-11-30 04:00 (Japan time)". */
export function formatDateTime(at: Date, language: Language): string {
  const { hour, minute } = wallClock(at);
  const time = `${String(hour).padStart(2, "0")}:${minute}`;
  return language === "ja" ? `${formatDate(at, language)} ${time}` : `${formatDate(at, language)} ${time} (Japan time)`;
}

/** The day of the week: "月曜日" / "Monday". */
export function formatWeekday(at: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === "ja" ? "ja-JP" : "en-US", { timeZone, weekday: "long" }).format(at);
}

/** A time of day as the seed writes it: "AM2時", "PM1時30分"; in English "2:00 AM". */
export function formatClock(at: Date, language: Language): string {
  const { hour, minute } = wallClock(at);
  if (language === "en") return new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(at);
  const half = hour < 12 ? "AM" : "PM";
  const minutes = minute === "00" ? "" : `${Number(minute)}分`;
  return `${half}${hour % 12}時${minutes}`;
}
