import { calendarDateOf, DEFAULT_SERVICE_TIME_ZONE } from "@cws/domain/rules";
import { createContext, use, useMemo } from "react";
import { formatDate, formatDateTime } from "./date-format.ts";
import { useLanguage } from "./language-provider.tsx";

/**
 * The service's time zone, as the API's branding names it (SERVICE_TIME_ZONE). Until the
 * start-up query answers, and outside its provider, the service's default stands in.
 */
export const TimeZoneContext = createContext<string>(DEFAULT_SERVICE_TIME_ZONE);

/** The zone the screens show dates and times in. */
export function useTimeZone(): string {
  return use(TimeZoneContext);
}

/** Dates and times in the service's zone and the chosen language, and today's date there. */
export function useServiceTime() {
  const timeZone = useTimeZone();
  const { language } = useLanguage();
  return useMemo(
    () => ({
      timeZone,
      date: (at: Date) => formatDate(at, language, timeZone),
      dateTime: (at: Date) => formatDateTime(at, language, timeZone),
      /** Today in the service's zone (YYYY-MM-DD), which the domain's birth-date check compares with. */
      today: (now = new Date()) => calendarDateOf(now, timeZone),
    }),
    [timeZone, language],
  );
}
