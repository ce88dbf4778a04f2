import { Link } from "react-router";
import { useT } from "../i18n/use-t.ts";
import type { MessageKey } from "../i18n/messages.ts";

/** Where to go when a procedure cannot go on: start it again, or log in. */
export function RestartLinks({
  restarts,
}: {
  restarts: readonly { to: string; label: MessageKey }[];
}) {
  const t = useT();
  return (
    <ul className="link-list">
      {restarts.map(({ to, label }) => (
        <li key={to}>
          <Link to={to}>{t(label)}</Link>
        </li>
      ))}
      <li>
        <Link to="/login">{t("common.toLogin")}</Link>
      </li>
    </ul>
  );
}
