import type { LocalizedText } from "@cws/domain/rules";
import { useEffect, useRef, type MouseEvent } from "react";
import { useT } from "../i18n/use-t.ts";
import { fieldId, type FieldProblem } from "./field-problems.ts";
import { useLocalized } from "./use-localized.ts";
import "./forms.css";

const none: readonly FieldProblem[] = [];

interface ErrorSummaryProps {
  /** The form's id prefix (see fieldId). */
  form: string;
  /** Kept in state by the caller: a new array means a new submission, and focus moves here again. */
  problems?: readonly FieldProblem[];
  /** A problem with the whole form (LoginFailed, IdentityNotConfirmed, a failed request…). */
  message?: LocalizedText | null;
}

/**
 * What went wrong, above the form: announced (role="alert") and focused when it appears,
 * with a link to each field in error. The links move focus by script rather than by
 * address, because on the link page the address's #fragment is the mailed token.
 */
export function ErrorSummary({ form, problems = none, message }: ErrorSummaryProps) {
  const t = useT();
  const localized = useLocalized();
  const box = useRef<HTMLDivElement>(null);
  const visible = problems.length > 0 || Boolean(message);

  useEffect(() => {
    if (visible) box.current?.focus();
  }, [visible, problems, message]);

  if (!visible) return null;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    event.preventDefault();
    document.getElementById(fieldId(form, field))?.focus();
  };
  return (
    <div ref={box} role="alert" tabIndex={-1} className="error-summary">
      {message && <p>{localized(message)}</p>}
      {problems.length > 0 && (
        <>
          {!message && <p>{t("form.summaryHeading")}</p>}
          <ul>
            {problems.map((p, index) => (
              <li key={`${p.field}-${p.code}-${index}`}>
                <a
                  href={`#${fieldId(form, p.field)}`}
                  onClick={(event) => focusField(event, p.field)}
                >
                  {localized(p.message)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
