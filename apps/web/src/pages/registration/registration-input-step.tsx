import { type LocalizedText, KEYWORD_RULE_DESCRIPTION } from "@cws/domain/rules";
import { BirthDateField } from "../../forms/birth-date-field.tsx";
import { CheckboxField } from "../../forms/checkbox-field.tsx";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import type { FieldProblem } from "../../forms/field-problems.ts";
import { SubmitButton } from "../../forms/submit-button.tsx";
import { TextField } from "../../forms/text-field.tsx";
import { submitHandler, useFormFields } from "../../forms/use-form-fields.ts";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { useT } from "../../i18n/use-t.ts";
import { TermsOfUse } from "./terms-of-use.tsx";
import type { RegistrationValues } from "./registration-values.ts";

export const registrationForm = "register";

interface RegistrationInputStepProps {
  values: RegistrationValues;
  onChange: (values: RegistrationValues) => void;
  problems: readonly FieldProblem[];
  message: LocalizedText | null;
  onNext: () => void;
}

/** Seed step 3: お客さま情報の入力 and 利用規約に同意します. */
export function RegistrationInputStep({
  values,
  onChange,
  problems,
  message,
  onNext,
}: RegistrationInputStepProps) {
  const t = useT();
  const { language } = useLanguage();
  const { id, error, set } = useFormFields(registrationForm, values, onChange, problems);

  return (
    <form className="form" onSubmit={submitHandler(onNext)} noValidate>
      <p>{t("registration.inputLead")}</p>
      <ErrorSummary form={registrationForm} problems={problems} message={message} />
      <fieldset className="field-group">
        <legend>{t("registration.name")}</legend>
        <div className="field-row">
          <TextField
            id={id("familyName")}
            label={t("registration.familyName")}
            value={values.familyName}
            onChange={set("familyName")}
            error={error("familyName")}
            autoComplete="family-name"
          />
          <TextField
            id={id("givenName")}
            label={t("registration.givenName")}
            value={values.givenName}
            onChange={set("givenName")}
            error={error("givenName")}
            autoComplete="given-name"
          />
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>{t("registration.kana")}</legend>
        <div className="field-row">
          <TextField
            id={id("familyNameKana")}
            label={t("registration.familyNameKana")}
            hint={t("registration.kanaHint")}
            value={values.familyNameKana}
            onChange={set("familyNameKana")}
            error={error("familyNameKana")}
          />
          <TextField
            id={id("givenNameKana")}
            label={t("registration.givenNameKana")}
            hint={t("registration.kanaHint")}
            value={values.givenNameKana}
            onChange={set("givenNameKana")}
            error={error("givenNameKana")}
          />
        </div>
      </fieldset>
      <BirthDateField
        id={id("birthDate")}
        value={values.birthDate}
        onChange={set("birthDate")}
        error={error("birthDate")}
      />
      <TextField
        id={id("email")}
        type="email"
        label={t("registration.email")}
        hint={t("registration.emailHint")}
        value={values.email}
        onChange={set("email")}
        error={error("email")}
        autoComplete="email"
        spellCheck={false}
      />
      <TextField
        id={id("keyword")}
        label={t("registration.keyword")}
        hint={t("registration.keywordHint", { rule: KEYWORD_RULE_DESCRIPTION[language] })}
        value={values.keyword}
        onChange={set("keyword")}
        error={error("keyword")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        id={id("employeeNumber")}
        label={t("registration.employeeNumber")}
        hint={t("registration.employeeNumberHint")}
        value={values.employeeNumber}
        onChange={set("employeeNumber")}
        error={error("employeeNumber")}
        inputMode="numeric"
        autoComplete="off"
      />
      <TermsOfUse />
      <CheckboxField
        id={id("termsAccepted")}
        label={t("registration.termsAccept")}
        checked={values.termsAccepted}
        onChange={set("termsAccepted")}
        error={error("termsAccepted")}
      />
      <div className="button-row">
        <SubmitButton busy={false}>{t("common.next")}</SubmitButton>
      </div>
    </form>
  );
}
