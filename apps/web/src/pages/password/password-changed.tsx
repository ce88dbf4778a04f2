import { FormPage } from "../../forms/form-page.tsx";
import { ProcedureDone } from "../../forms/procedure-done.tsx";
import { useT } from "../../i18n/use-t.ts";

/**
 * The ordinary change's completion, at the same address. Focus goes to the heading, or it
 * would be left on the 変更する button that is gone; the status says what happened.
 */
export function PasswordChanged() {
  const t = useT();
  return (
    <FormPage title={t("password.title")} focusOnMount>
      <ProcedureDone status={t("password.done")} />
    </FormPage>
  );
}
