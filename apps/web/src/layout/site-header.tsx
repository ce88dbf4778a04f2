import { Link } from "react-router";
import { useT } from "../i18n/use-t.ts";
import { useServiceStatus } from "../service-status/service-status-provider.tsx";
import { LogoutButton } from "../session/logout-button.tsx";
import { useSession } from "../session/session-provider.tsx";
import { AgencyLogo } from "./agency-logo.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

/**
 * The agency's logo, the insurer's name (from configuration) and the service name, with the
 * language switch. The logo's text alternative is the agency's name, which is written nowhere
 * else in the header.
 */
export function SiteHeader() {
  const t = useT();
  const { branding } = useServiceStatus();
  const { customer } = useSession();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__home">
          {branding && <AgencyLogo name={branding.agencyName} className="agency-logo--header" />}
          <span className="site-header__brand">
            {branding && <span className="site-header__insurer">{branding.insurerName}</span>}
            <span className="site-header__service">{t("app.serviceName")}</span>
          </span>
        </Link>
        <div className="site-header__session">{customer && <LogoutButton />}</div>
        <LanguageSwitch />
      </div>
    </header>
  );
}
