import { useT } from "../i18n/use-t.ts";
import { useServiceStatus } from "../service-status/service-status-provider.tsx";

/** Says so when the status could not be loaded, rather than silently showing a header without names. */
export function StatusProblem() {
  const t = useT();
  const { phase, maintenance, reload } = useServiceStatus();
  if (phase !== "failed" || maintenance) return null;
  return (
    <div role="alert" className="status-problem">
      <p>{t("status.unavailable")}</p>
      <button type="button" className="button" onClick={reload}>
        {t("status.retry")}
      </button>
    </div>
  );
}
