import { formatDate } from "../i18n/japan-time.ts";
import type { Language } from "../i18n/messages.ts";

/**
 * A Date scalar (YYYY-MM-DD, a Japan calendar date) as the seed writes it: 1975年01月01日.
 * Read as Japan midnight so the shared formatter shows the same day on any device.
 */
export function formatCalendarDate(date: string, language: Language): string {
  return formatDate(new Date(`${date}T00:00:00+09:00`), language);
}

/** Today's date in Japan, YYYY-MM-DD, which the domain's birth-date check compares with. */
export function japanToday(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
