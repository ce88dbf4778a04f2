import type { ReactNode } from "react";
import { useT } from "../i18n/use-t.ts";

/** The hint and the error under a field; their ids go into the field's aria-describedby. */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{t("form.errorPrefix")}</span>
          {error}
        </p>
      )}
    </>
  );
}

/** The aria-describedby value for a field with the given hint, error and extra descriptions. */
export function describedBy(
  id: string,
  { hint, error, extra = [] }: { hint?: unknown; error?: unknown; extra?: string[] },
): string | undefined {
  const ids = [...(error ? [`${id}-error`] : []), ...(hint ? [`${id}-hint`] : []), ...extra];
  return ids.length > 0 ? ids.join(" ") : undefined;
}
