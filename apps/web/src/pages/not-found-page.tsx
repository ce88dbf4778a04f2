import { Link } from "react-router";
import { useT } from "../i18n/use-t.ts";
import { PageTitle } from "../layout/page-title.tsx";

/** Any address the app does not know. */
export function NotFoundPage() {
  const t = useT();
  return (
    <article className="page">
      <PageTitle title={t("notFound.title")} />
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.lead")}</p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </article>
  );
}
