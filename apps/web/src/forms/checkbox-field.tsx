import { describedBy, FieldMessages } from "./field-message.tsx";

/** A checkbox with its label to the right (the whole line is clickable) and its error above. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  error,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}) {
  return (
    <div className="field">
      <FieldMessages id={id} error={error} />
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error })}
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
