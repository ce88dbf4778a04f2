import type { LocalizedText } from "@cws/domain/errors/localized-text";
import { Link } from "react-router";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import { FormPage } from "../../forms/form-page.tsx";
import { useT } from "../../i18n/use-t.ts";

/** The reset cannot go on (the step token expired or was used, or the form could not be read): start again. */
export function ResetStopped({ message }: { message: LocalizedText }) {
  const t = useT();
  return (
    <FormPage title={t("reset.title")} focusOnMount>
      <ErrorSummary form="reset" message={message} />
      <ul className="link-list">
        <li>
          <Link to="/forgot">{t("reset.restart")}</Link>
        </li>
        <li>
          <Link to="/login">{t("common.toLogin")}</Link>
        </li>
      </ul>
    </FormPage>
  );
}
