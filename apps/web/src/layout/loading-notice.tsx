import { useT } from "../i18n/use-t.ts";

/** A polite "loading" line that screen readers announce. */
export function LoadingNotice() {
  const t = useT();
  return (
    <p role="status" className="loading-notice">
      {t("app.loading")}
    </p>
  );
}
