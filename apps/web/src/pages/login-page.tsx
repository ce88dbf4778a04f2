import { Link } from "react-router";
import { useT } from "../i18n/use-t.ts";
import { ContactBox } from "../layout/contact-box.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { ServiceHoursNotice } from "../service-status/service-hours-notice.tsx";

/**
 * The login screen's place (seed step 2). The form arrives with registration; until then
 * the page says so plainly instead of showing fields that could not log anyone in.
 */
export function LoginPage() {
  const t = useT();
  return (
    <div className="with-aside">
      <article className="page">
        <PageTitle title={t("login.title")} />
        <h1>{t("login.title")}</h1>
        <p>{t("login.lead")}</p>
        <ServiceHoursNotice />
        <p className="note">{t("login.comingSoon")}</p>
        <p>
          <Link to="/">{t("login.backToTop")}</Link>
        </p>
      </article>
      <ContactBox />
    </div>
  );
}
