import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldLabel } from "./field-label.tsx";
import { describedBy, FieldMessages } from "./field-message.tsx";

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "value" | "onChange" | "required" | "className"
>;

interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Ids of further descriptions, e.g. the password rule list. */
  describedByIds?: string[];
}

/** A labelled input with its hint and error, tied together with aria-describedby. */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  required = true,
  describedByIds = [],
  type = "text",
  ...input
}: TextFieldProps) {
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        {...input}
        id={id}
        type={type}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, extra: describedByIds })}
      />
    </div>
  );
}
