import { useLanguage } from "../i18n/language-provider.tsx";
import { formatClock, formatDateTime, formatWeekday } from "../i18n/japan-time.ts";
import { useT } from "../i18n/use-t.ts";
import { useServiceStatus } from "./service-status-provider.tsx";

/**
 * The service-hours line of the login screen, worked out from the server's next maintenance
 * start rather than written in, because the window is configuration. The status says when
 * the next window starts but not how long it lasts, so the end is not claimed.
 */
export function ServiceHoursNotice() {
  const t = useT();
  const { language } = useLanguage();
  const { status } = useServiceStatus();
  if (!status?.open) return <p className="service-hours">{t("login.hoursUnknown")}</p>;
  if (!status.nextMaintenanceStartsAt) return <p className="service-hours">{t("login.hoursAlwaysOpen")}</p>;
  const start = new Date(status.nextMaintenanceStartsAt);
  return (
    <div className="service-hours">
      <p>{t("login.hours", { weekday: formatWeekday(start, language), time: formatClock(start, language) })}</p>
      <dl className="facts">
        <dt>{t("login.nextMaintenance")}</dt>
        <dd>
          <time dateTime={start.toISOString()}>{formatDateTime(start, language)}</time>
        </dd>
      </dl>
    </div>
  );
}
