import type { LocalizedText } from "@cws/domain/rules";
import { Link } from "react-router";
import { BirthDateField } from "../../forms/birth-date-field.tsx";
import type { BirthDateParts } from "../../forms/birth-date-parts.ts";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import type { FieldProblem } from "../../forms/field-problems.ts";
import { SubmitButton } from "../../forms/submit-button.tsx";
import { TextField } from "../../forms/text-field.tsx";
import { submitHandler, useFormFields } from "../../forms/use-form-fields.ts";
import { useT } from "../../i18n/use-t.ts";

export const forgotForm = "forgot";

export interface ForgotValues {
  email: string;
  birthDate: BirthDateParts;
}

interface ForgotInputStepProps {
  values: ForgotValues;
  onChange: (values: ForgotValues) => void;
  problems: readonly FieldProblem[];
  message: LocalizedText | null;
  busy: boolean;
  onSubmit: () => void;
}

/** Seed STEP 2: the registered メールアドレス and 生年月日 (西暦 年 月 日). */
export function ForgotInputStep({
  values,
  onChange,
  problems,
  message,
  busy,
  onSubmit,
}: ForgotInputStepProps) {
  const t = useT();
  const { id, error, set } = useFormFields(forgotForm, values, onChange, problems);
  return (
    <form className="form" onSubmit={submitHandler(onSubmit)} noValidate>
      <p>{t("forgot.lead")}</p>
      <ErrorSummary form={forgotForm} problems={problems} message={message} />
      <TextField
        id={id("email")}
        type="email"
        label={t("forgot.email")}
        hint={t("forgot.emailHint")}
        value={values.email}
        onChange={set("email")}
        error={error("email")}
        autoComplete="email"
        spellCheck={false}
      />
      <BirthDateField
        id={id("birthDate")}
        value={values.birthDate}
        onChange={set("birthDate")}
        error={error("birthDate")}
      />
      <p className="note">{t("forgot.sendNote")}</p>
      <div className="button-row">
        <SubmitButton busy={busy}>{t("common.next")}</SubmitButton>
      </div>
      <p>
        {t("forgot.unusableNote")} <Link to="/register">{t("forgot.registerLink")}</Link>
      </p>
    </form>
  );
}
