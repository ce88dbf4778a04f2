import { useT } from "../i18n/use-t.ts";
import "./forms.css";

/**
 * A field's label with a 必須/任意 badge beside it. The badge is outside the <label> and
 * hidden from assistive technology (aria-required says it instead), so a field's accessible
 * name is exactly its label, e.g. "ユーザーID".
 */
export function FieldLabel({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: string;
  required: boolean;
}) {
  const t = useT();
  return (
    <span className="field__label-row">
      <label htmlFor={htmlFor} className="field__label">
        {label}
      </label>
      <span className={required ? "badge badge--required" : "badge"} aria-hidden="true">
        {t(required ? "common.required" : "common.optional")}
      </span>
    </span>
  );
}
