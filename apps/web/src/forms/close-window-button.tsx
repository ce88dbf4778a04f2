import { useNavigate } from "react-router";
import { useT } from "../i18n/use-t.ts";

/**
 * 閉じる: the seed asks the customer to close the screen once the keyword is noted. Browsers
 * let a script close only a window a script opened; otherwise nothing happens, so the
 * keyword is taken off the screen by going to the top page instead.
 */
export function CloseWindowButton() {
  const t = useT();
  const navigate = useNavigate();
  const close = () => {
    window.close();
    if (!window.closed) void navigate("/", { replace: true });
  };
  return (
    <button type="button" className="button" onClick={close}>
      {t("common.close")}
    </button>
  );
}
