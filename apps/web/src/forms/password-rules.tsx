import { checkPassword, type PasswordContext } from "@cws/domain/rules";
import { useT } from "../i18n/use-t.ts";
import { usePasswordMinLength } from "../service-status/use-password-min-length.ts";
import { useLocalized } from "./use-localized.ts";

/**
 * The password rules, ticked off as the customer types, from the same policy module the
 * server enforces. The list is a description of the field (aria-describedby), not a live
 * region: announcing every keystroke would drown the typing. The minimum is the server's
 * configured one, from the start-up query.
 */
export function PasswordRules({
  id,
  password,
  context = {},
}: {
  id: string;
  password: string;
  context?: Omit<PasswordContext, "minLength">;
}) {
  const t = useT();
  const localized = useLocalized();
  const minLength = usePasswordMinLength();
  const results = checkPassword(password, { ...context, minLength });
  const typed = password !== "";
  return (
    <div id={id} className="rule-list">
      <p>{t("passwordRules.heading")}</p>
      <ul>
        {results.map((result) => (
          <li key={result.rule} data-ok={typed ? String(result.ok) : undefined}>
            {localized(result.message)}
            {typed && (
              <span className="visually-hidden">
                {t(result.ok ? "passwordRules.met" : "passwordRules.unmet")}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
