import { Link } from "react-router";
import type { MessageKey } from "../i18n/messages.ts";
import { useT } from "../i18n/use-t.ts";
import { useServiceStatus } from "../service-status/service-status-provider.tsx";
import { AgencyLogo } from "./agency-logo.tsx";

const links: { to: string; label: MessageKey }[] = [
  { to: "/guide", label: "site.guide" },
  { to: "/privacy", label: "site.privacy" },
  { to: "/terms", label: "site.terms" },
  { to: "/environment", label: "site.environment" },
  { to: "/company", label: "site.company" },
];

/** The foot of every page: the site's documents and the agency that runs it. */
export function SiteFooter() {
  const t = useT();
  const { branding } = useServiceStatus();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label={t("site.footer.label")}>
          <ul className="site-footer__links">
            {links.map(({ to, label }) => (
              <li key={to}>
                <Link to={to}>{t(label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {branding && (
          <p className="site-footer__agency">
            <AgencyLogo name="" className="agency-logo--small" />
            <small>{t("site.copyright", { agency: branding.agencyName })}</small>
          </p>
        )}
      </div>
    </footer>
  );
}
