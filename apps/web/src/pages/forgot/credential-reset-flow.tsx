import { catalogText } from "../../api/error-messages.ts";
import { FormPage } from "../../forms/form-page.tsx";
import { useT } from "../../i18n/use-t.ts";
import { LoadingNotice } from "../../layout/loading-notice.tsx";
import { ResetSteps } from "./reset-steps.tsx";
import { ResetStopped } from "./reset-stopped.tsx";
import { useResetForm } from "./use-reset-form.ts";

/** The link page after a right recovery keyword: seed STEP 5–6 with the step token. */
export function CredentialResetFlow({ stepToken }: { stepToken: string }) {
  const t = useT();
  const load = useResetForm(stepToken);
  if (load.phase === "loading") {
    return (
      <FormPage title={t("reset.title")} focusOnMount>
        <LoadingNotice />
      </FormPage>
    );
  }
  if (load.phase === "invalid") return <ResetStopped message={catalogText("reset.stepInvalid")} />;
  if (load.phase === "failed") return <ResetStopped message={load.message} />;
  return <ResetSteps stepToken={stepToken} form={load.form} />;
}
