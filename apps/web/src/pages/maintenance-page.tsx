import { useEffect } from "react";
import { useLanguage } from "../i18n/language-provider.tsx";
import { useServiceTime } from "../i18n/time-zone.tsx";
import { useT } from "../i18n/use-t.ts";
import { ContactBox } from "../layout/contact-box.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import type { MaintenanceNotice } from "../service-status/maintenance-notice.ts";
import { useServiceStatus } from "../service-status/service-status-provider.tsx";

// Ask a little after the announced time, so a slightly fast device clock does not find it still closed.
const reopenGraceMs = 15_000;
const maxTimeoutMs = 2 ** 31 - 1;

/** Shown instead of every screen while the service is closed (SPEC §2.6). */
export function MaintenancePage({ notice }: { notice: MaintenanceNotice }) {
  const t = useT();
  const { language } = useLanguage();
  const { dateTime } = useServiceTime();
  const { reload } = useServiceStatus();
  const reopensAt = notice.reopensAt?.getTime() ?? null;

  // Come back by itself when the window ends, for customers who leave the tab open.
  useEffect(() => {
    if (reopensAt === null) return;
    const wait = Math.min(Math.max(reopensAt - Date.now(), 0) + reopenGraceMs, maxTimeoutMs);
    const timer = setTimeout(reload, wait);
    return () => clearTimeout(timer);
  }, [reopensAt, reload]);

  return (
    <div className="with-aside">
      <article className="page">
        <PageTitle title={t("maintenance.title")} />
        <h1>{t("maintenance.title")}</h1>
        <p>{notice.message[language] ?? t("maintenance.lead")}</p>
        {notice.reopensAt && (
          <dl className="facts">
            <dt>{t("maintenance.reopensAt")}</dt>
            <dd>
              <time dateTime={notice.reopensAt.toISOString()}>{dateTime(notice.reopensAt)}</time>
            </dd>
          </dl>
        )}
        <p>{t("maintenance.apology")}</p>
        <button type="button" className="button" onClick={reload}>
          {t("maintenance.reload")}
        </button>
      </article>
      <ContactBox />
    </div>
  );
}
