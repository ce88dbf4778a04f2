import { useId } from "react";
import { Link } from "react-router";
import type { MessageKey } from "../i18n/messages.ts";
import { useT } from "../i18n/use-t.ts";
import { AgencyLogo } from "../layout/agency-logo.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { useServiceStatus } from "../service-status/service-status-provider.tsx";

// The seed's three PDFs, as pages of the usage guide illustrated with this app's screens.
const guides: { to: string; label: MessageKey }[] = [
  { to: "/guide/registration", label: "landing.guide.registrationFlow" },
  { to: "/guide/reset", label: "landing.guide.reset" },
  { to: "/guide/renewal", label: "landing.guide.renewal" },
  { to: "/guide", label: "site.guide" },
];

/** The agency's page introducing online renewal of auto insurance (seed step 1). */
export function LandingPage() {
  const t = useT();
  const guidesId = useId();
  const { branding } = useServiceStatus();
  return (
    <article className="page">
      <PageTitle title={t("landing.title")} />
      {branding && (
        <div className="landing__agency">
          <AgencyLogo name={branding.agencyName} />
          <p className="page__eyebrow">{t("landing.from", { agency: branding.agencyName })}</p>
        </div>
      )}
      <h1>{t("landing.title")}</h1>
      <p>{t("landing.lead")}</p>
      <section className="panel" aria-labelledby={guidesId}>
        <h2 id={guidesId}>{t("landing.guidesHeading")}</h2>
        {branding && (
          <p className="panel__product">
            {t("landing.product", { insurer: branding.insurerName })}
          </p>
        )}
        <p>
          <Link to="/login" className="button button--primary">
            {t("landing.entry")}
          </Link>
        </p>
        <ul className="guide-list">
          {guides.map(({ to, label }) => (
            <li key={to}>
              <Link to={to}>{t(label)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
