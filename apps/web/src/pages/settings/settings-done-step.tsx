import { ProcedureDone } from "../../forms/procedure-done.tsx";
import { useT } from "../../i18n/use-t.ts";

/** 完了 (seed STEP 6), and where the confirmation mail went when the address is changing. */
export function SettingsDoneStep({ pendingEmail }: { pendingEmail: string | null }) {
  const t = useT();
  return (
    <ProcedureDone>
      <p>{t("settings.doneLead")}</p>
      {pendingEmail && (
        <div className="note">
          <p>{t("settings.pendingEmail")}</p>
          <p>{t("settings.pendingEmailTo", { email: pendingEmail })}</p>
        </div>
      )}
    </ProcedureDone>
  );
}
