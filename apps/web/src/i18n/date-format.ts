import { wallClock, zoneNameEn } from "@cws/domain/rules";
import type { Language } from "./messages.ts";

// The screens' wording of dates and times. The wall clock itself is the domain's (one
// implementation, cached per zone); these only write its fields the way each language does.

const pad = (n: number) => String(n).padStart(2, "0");
const WEEKDAYS: Record<Language, readonly string[]> = {
  ja: ["日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** A calendar date (YYYY-MM-DD, already a date of the service's zone) as the seed writes it: 1975年01月01日. */
export function formatCalendarDate(date: string, language: Language): string {
  const [year, month, day] = date.split("-");
  return language === "ja" ? `${year}年${month}月${day}日` : `${year}-${month}-${day}`;
}

/** An instant's date in the zone: "2026年11月30日"; in English "2026-11-30". */
export function formatDate(at: Date, language: Language, timeZone: string): string {
  const { year, month, day } = wallClock(at, timeZone);
  return formatCalendarDate(`${year}-${pad(month)}-${pad(day)}`, language);
}

/** Date and time: "2026年11月30日 04:00"; in English "2026-11-30 04:00 (Japan time)". */
export function formatDateTime(at: Date, language: Language, timeZone: string): string {
  const { hour, minute } = wallClock(at, timeZone);
  const dateTime = `${formatDate(at, language, timeZone)} ${pad(hour)}:${pad(minute)}`;
  return language === "ja" ? dateTime : `${dateTime} (${zoneNameEn(timeZone)})`;
}

/** The day of the week in the zone: "月曜日" / "Monday". */
export function formatWeekday(at: Date, language: Language, timeZone: string): string {
  return WEEKDAYS[language][wallClock(at, timeZone).weekday] ?? "";
}

/** A time of day as the seed writes it: "AM2時", "PM1時30分"; in English "2:00 AM". */
export function formatClock(at: Date, language: Language, timeZone: string): string {
  const { hour, minute } = wallClock(at, timeZone);
  const half = hour < 12 ? "AM" : "PM";
  if (language === "en") return `${hour % 12 || 12}:${pad(minute)} ${half}`;
  return `${half}${hour % 12}時${minute === 0 ? "" : `${minute}分`}`;
}
