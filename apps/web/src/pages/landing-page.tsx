import { useId } from "react";
import { Link } from "react-router";
import type { MessageKey } from "../i18n/messages.ts";
import { useT } from "../i18n/use-t.ts";
import { PageTitle } from "../layout/page-title.tsx";
import { useServiceStatus } from "../service-status/service-status-provider.tsx";

// The guides are PDFs the agency will publish; until then they are listed, not linked.
const guides: MessageKey[] = [
  "landing.guide.registrationFlow",
  "landing.guide.pc",
  "landing.guide.phone",
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
        <p className="page__eyebrow">{t("landing.from", { agency: branding.agencyName })}</p>
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
          {guides.map((key) => (
            <li key={key}>
              <span>{t(key)}</span> <span className="badge">{t("landing.guide.placeholder")}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
