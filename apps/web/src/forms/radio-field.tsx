import type { ReactNode } from "react";
import { describedBy, FieldMessages } from "./field-message.tsx";

interface RadioFieldProps<V extends string> {
  /** The first radio gets this id, so an error summary can move focus into the group. */
  id: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A group of radios under a legend; arrow keys move between them as in any native group. */
export function RadioField<V extends string>({
  id,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
}: RadioFieldProps<V>) {
  const description = describedBy(id, { hint, error });
  return (
    <fieldset className="field-group" aria-describedby={description}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="choice-list">
        {options.map((option, index) => (
          <label key={option.value} className="choice">
            <input
              id={index === 0 ? id : `${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
