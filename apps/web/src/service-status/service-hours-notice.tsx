import { useLanguage } from "../i18n/language-provider.tsx";
import { formatClock, formatDate, formatDateTime, formatWeekday } from "../i18n/japan-time.ts";
import type { Language } from "../i18n/messages.ts";
import { useT } from "../i18n/use-t.ts";
import { useServiceStatus } from "./service-status-provider.tsx";

/** The end of the window as the sentence needs it: the weekday only when it differs from the start's. */
function windowEnd(start: Date, end: Date, language: Language): string {
  const sameDay = formatDate(start, language) === formatDate(end, language);
  const clock = formatClock(end, language);
  if (sameDay) return clock;
  return language === "ja" ? `${formatWeekday(end, language)}${clock}` : `${formatWeekday(end, language)} ${clock}`;
}

/**
 * The service-hours line of the login screen ("ご利用可能時間は毎週月曜日AM2時からAM4時を除く全日"),
 * worked out from the server's next maintenance window rather than written in, because the
 * window is configuration. Without an end the sentence names only the start.
 */
export function ServiceHoursNotice() {
  const t = useT();
  const { language } = useLanguage();
  const { status } = useServiceStatus();
  if (!status?.open) return <p className="service-hours">{t("login.hoursUnknown")}</p>;
  if (!status.nextMaintenanceStartsAt) return <p className="service-hours">{t("login.hoursAlwaysOpen")}</p>;
  const start = new Date(status.nextMaintenanceStartsAt);
  const end = status.nextMaintenanceEndsAt ? new Date(status.nextMaintenanceEndsAt) : null;
  const weekday = formatWeekday(start, language);
  const sentence = end
    ? t("login.hoursWindow", { weekday, start: formatClock(start, language), end: windowEnd(start, end, language) })
    : t("login.hours", { weekday, time: formatClock(start, language) });
  return (
    <div className="service-hours">
      <p>{sentence}</p>
      <dl className="facts">
        <dt>{t("login.nextMaintenance")}</dt>
        <dd>
          <time dateTime={start.toISOString()}>{formatDateTime(start, language)}</time>
        </dd>
      </dl>
    </div>
  );
}
