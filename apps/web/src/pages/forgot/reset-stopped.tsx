import type { LocalizedText } from "@cws/domain/rules";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import { FormPage } from "../../forms/form-page.tsx";
import { RestartLinks } from "../../forms/restart-links.tsx";
import { useT } from "../../i18n/use-t.ts";

/** The reset cannot go on (the step token expired or was used, or the form could not be read): start again. */
export function ResetStopped({ message }: { message: LocalizedText }) {
  const t = useT();
  return (
    <FormPage title={t("reset.title")} focusOnMount>
      <ErrorSummary form="reset" message={message} />
      <RestartLinks restarts={[{ to: "/forgot", label: "reset.restart" }]} />
    </FormPage>
  );
}
