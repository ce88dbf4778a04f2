import { zoneNameEn } from "@cws/domain/rules";
import { useLanguage } from "../i18n/language-provider.tsx";
import { formatClock, formatDate, formatDateTime, formatWeekday } from "../i18n/date-format.ts";
import type { Language } from "../i18n/messages.ts";
import { useTimeZone } from "../i18n/time-zone.tsx";
import { useT } from "../i18n/use-t.ts";
import { useServiceStatus } from "./service-status-provider.tsx";

/** The end of the window as the sentence needs it: the weekday only when it differs from the start's. */
function windowEnd(start: Date, end: Date, language: Language, timeZone: string): string {
  const sameDay = formatDate(start, language, timeZone) === formatDate(end, language, timeZone);
  const clock = formatClock(end, language, timeZone);
  if (sameDay) return clock;
  const weekday = formatWeekday(end, language, timeZone);
  return language === "ja" ? `${weekday}${clock}` : `${weekday} ${clock}`;
}

/**
 * The service-hours line of the login screen ("ご利用可能時間は毎週月曜日AM2時からAM4時を除く全日"),
 * worked out from the server's next maintenance window rather than written in, because the
 * window is configuration. Without an end the sentence names only the start.
 */
export function ServiceHoursNotice() {
  const t = useT();
  const { language } = useLanguage();
  const timeZone = useTimeZone();
  const { status } = useServiceStatus();
  if (!status?.open) return <p className="service-hours">{t("login.hoursUnknown")}</p>;
  if (!status.nextMaintenanceStartsAt)
    return <p className="service-hours">{t("login.hoursAlwaysOpen")}</p>;
  const start = new Date(status.nextMaintenanceStartsAt);
  const end = status.nextMaintenanceEndsAt ? new Date(status.nextMaintenanceEndsAt) : null;
  const weekday = formatWeekday(start, language, timeZone);
  const time = formatClock(start, language, timeZone);
  // English names the zone ("Japan time"); the Japanese sentence, as the seed writes it, does not.
  const zone = zoneNameEn(timeZone);
  const sentence = end
    ? t("login.hoursWindow", {
        weekday,
        start: time,
        end: windowEnd(start, end, language, timeZone),
        zone,
      })
    : t("login.hours", { weekday, time, zone });
  return (
    <div className="service-hours">
      <p>{sentence}</p>
      <dl className="facts">
        <dt>{t("login.nextMaintenance")}</dt>
        <dd>
          <time dateTime={start.toISOString()}>{formatDateTime(start, language, timeZone)}</time>
        </dd>
      </dl>
    </div>
  );
}
