import { Link } from "react-router";
import { useT } from "../i18n/use-t.ts";
import { useServiceStatus } from "../service-status/service-status-provider.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

/** The insurer's name (from configuration) and the service name, with the language switch. */
export function SiteHeader() {
  const t = useT();
  const { branding } = useServiceStatus();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          {branding && <span className="site-header__insurer">{branding.insurerName}</span>}
          <span className="site-header__service">{t("app.serviceName")}</span>
        </Link>
        {/* The logout button is portalled in here from inside the session (pages/login/header-logout.tsx). */}
        <div id="site-header-session" style={{ marginLeft: "auto", display: "flex", alignItems: "center", gap: "0.5rem" }} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
