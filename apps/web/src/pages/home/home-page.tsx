import { useId } from "react";
import { Link } from "react-router";
import { useT } from "../../i18n/use-t.ts";
import { PageTitle } from "../../layout/page-title.tsx";
import { RequireCustomer } from "../../session/require-customer.tsx";
import { useSession } from "../../session/session-provider.tsx";
import { RenewalCertificateLinks } from "../renewal-certificate-link.tsx";
import { ContractSection } from "./contract-section.tsx";
import "./home.css";

/** The logged-in customer's home: greeting, the contracts to renew, and the settings links. */
export function HomePage() {
  return (
    <RequireCustomer>
      <HomeContent />
    </RequireCustomer>
  );
}

function HomeContent() {
  const t = useT();
  const menuId = useId();
  const { customer } = useSession();
  const name = customer ? `${customer.familyName} ${customer.givenName}` : "";
  return (
    <article className="page">
      <PageTitle title={t("home.title")} />
      <h1>{t("home.title")}</h1>
      <p className="home-greeting">{t("home.greeting", { name })}</p>
      <ContractSection />
      <RenewalCertificateLinks />
      <nav className="panel home-menu" aria-labelledby={menuId}>
        <h2 id={menuId}>{t("home.menuHeading")}</h2>
        <ul>
          <li>
            <Link to="/settings">{t("home.settingsLink")}</Link>
          </li>
          <li>
            <Link to="/password/change">{t("home.passwordLink")}</Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}
