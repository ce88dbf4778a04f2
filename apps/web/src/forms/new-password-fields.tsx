import type { PasswordContext } from "@cws/domain/rules";
import type { ReactNode } from "react";
import { useLanguage } from "../i18n/language-provider.tsx";
import { fieldId, problemFor, type FieldProblem } from "./field-problems.ts";
import { PasswordRules } from "./password-rules.tsx";
import { TextField } from "./text-field.tsx";

interface NewPasswordFieldsProps {
  form: string;
  /** The API's name for the field (password, newPassword), so server errors land on it. */
  field: string;
  label: string;
  confirmationLabel: string;
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  problems: readonly FieldProblem[];
  context?: Omit<PasswordContext, "minLength">;
  required?: boolean;
  hint?: ReactNode;
}

/** A new password, its confirmation, and the live rule list the password field is described by. */
export function NewPasswordFields({
  form,
  field,
  label,
  confirmationLabel,
  password,
  confirmation,
  onPassword,
  onConfirmation,
  problems,
  context,
  required = true,
  hint,
}: NewPasswordFieldsProps) {
  const { language } = useLanguage();
  const id = fieldId(form, field);
  const rulesId = `${id}-rules`;
  return (
    <>
      <TextField
        id={id}
        type="password"
        label={label}
        hint={hint}
        value={password}
        onChange={onPassword}
        error={problemFor(problems, field, language)}
        required={required}
        autoComplete="new-password"
        describedByIds={[rulesId]}
      />
      <PasswordRules id={rulesId} password={password} context={context} />
      <TextField
        id={fieldId(form, `${field}Confirmation`)}
        type="password"
        label={confirmationLabel}
        value={confirmation}
        onChange={onConfirmation}
        error={problemFor(problems, `${field}Confirmation`, language)}
        required={required}
        autoComplete="new-password"
      />
    </>
  );
}
