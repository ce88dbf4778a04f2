import { Link } from "react-router";
import { useT } from "../../i18n/use-t.ts";

/** 完了 (seed STEP 6), and where the confirmation mail went when the address is changing. */
export function SettingsDoneStep({ pendingEmail }: { pendingEmail: string | null }) {
  const t = useT();
  return (
    <>
      <p>{t("settings.doneLead")}</p>
      {pendingEmail && (
        <div className="note">
          <p>{t("settings.pendingEmail")}</p>
          <p>{t("settings.pendingEmailTo", { email: pendingEmail })}</p>
        </div>
      )}
      <p>
        <Link to="/home" className="button button--primary">
          {t("common.home")}
        </Link>
      </p>
    </>
  );
}
