import { Link, Navigate, useLocation } from "react-router";
import { useT } from "../i18n/use-t.ts";
import { ContactBox } from "../layout/contact-box.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { ServiceHoursNotice } from "../service-status/service-hours-notice.tsx";
import { useSession } from "../session/session-provider.tsx";
import { afterLogin, fromOf } from "./login/after-login.ts";
import { LoginForm } from "./login/login-form.tsx";

/** お客さまWebサービス ログイン (seed step 2, STEP 1), with the ways in for new and forgetful customers. */
export function LoginPage() {
  const t = useT();
  const { state } = useLocation();
  const { customer } = useSession();
  // Someone already logged in has nothing to do here; send them where a login would.
  if (customer) return <Navigate to={afterLogin(customer, fromOf(state))} replace />;
  return (
    <div className="with-aside">
      <article className="page">
        <PageTitle title={t("login.title")} />
        <h1>{t("login.title")}</h1>
        <p>{t("login.lead")}</p>
        <ServiceHoursNotice />
        <LoginForm />
        <ul className="link-list">
          <li>
            <Link to="/register">{t("login.register")}</Link>
          </li>
          <li>
            <Link to="/forgot">{t("login.forgot")}</Link>
          </li>
          <li>
            <Link to="/environment">{t("site.environmentLink")}</Link>
          </li>
        </ul>
      </article>
      <ContactBox />
    </div>
  );
}
