import type { LocalizedText } from "@cws/domain/rules";
import { formatCalendarDate } from "../../i18n/date-format.ts";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import type { FieldProblem } from "../../forms/field-problems.ts";
import { NewPasswordFields } from "../../forms/new-password-fields.tsx";
import { RadioField } from "../../forms/radio-field.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { SubmitButton } from "../../forms/submit-button.tsx";
import { TextField } from "../../forms/text-field.tsx";
import { submitHandler, useFormFields } from "../../forms/use-form-fields.ts";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { useT } from "../../i18n/use-t.ts";
import type { Customer } from "../../session/session-provider.tsx";
import { passwordContext, settingsForm, type SettingsValues } from "./settings-values.ts";

interface SettingsInputStepProps {
  customer: Customer;
  values: SettingsValues;
  onChange: (values: SettingsValues) => void;
  problems: readonly FieldProblem[];
  message: LocalizedText | null;
  onNext: () => void;
}

/** 設定情報の入力 (seed STEP 5): name, kana and birth date shown; e-mail, password and mail preference editable. */
export function SettingsInputStep({
  customer,
  values,
  onChange,
  problems,
  message,
  onNext,
}: SettingsInputStepProps) {
  const t = useT();
  const { language } = useLanguage();
  const { id, error, set } = useFormFields(settingsForm, values, onChange, problems);

  return (
    <form className="form" onSubmit={submitHandler(onNext)} noValidate>
      <p>{t("settings.inputLead")}</p>
      <ErrorSummary form={settingsForm} problems={problems} message={message} />
      <ReviewList
        items={[
          { label: t("settings.name"), value: `${customer.familyName} ${customer.givenName}` },
          {
            label: t("settings.kana"),
            value: `${customer.familyNameKana} ${customer.givenNameKana}`,
          },
          {
            label: t("settings.birthDate"),
            value: formatCalendarDate(customer.birthDate, language),
          },
          // A user ID chosen at registration can differ from the address; then both are worth seeing.
          ...(customer.userId !== customer.email
            ? [{ label: t("settings.userId"), value: customer.userId }]
            : []),
        ]}
      />
      <TextField
        id={id("email")}
        type="email"
        label={t("settings.email")}
        hint={t("settings.emailHint")}
        value={values.email}
        onChange={set("email")}
        error={error("email")}
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
      />
      <fieldset className="field-group">
        <legend>{t("settings.passwordHeading")}</legend>
        <p className="field__hint">{t("settings.passwordHint")}</p>
        <TextField
          id={id("currentPassword")}
          type="password"
          label={t("settings.currentPassword")}
          value={values.currentPassword}
          onChange={set("currentPassword")}
          error={error("currentPassword")}
          required={false}
          autoComplete="current-password"
        />
        <NewPasswordFields
          form={settingsForm}
          field="newPassword"
          label={t("settings.newPassword")}
          confirmationLabel={t("settings.newPasswordConfirm")}
          password={values.newPassword}
          confirmation={values.newPasswordConfirmation}
          onPassword={set("newPassword")}
          onConfirmation={set("newPasswordConfirmation")}
          problems={problems}
          context={passwordContext(customer)}
          required={false}
        />
      </fieldset>
      <RadioField
        id={id("mailOptIn")}
        legend={t("settings.mailOptIn")}
        options={[
          { value: "yes", label: t("settings.mailOptIn.yes") },
          { value: "no", label: t("settings.mailOptIn.no") },
        ]}
        value={values.mailOptIn}
        onChange={set("mailOptIn")}
        hint={t("settings.mailOptInNote")}
        error={error("mailOptIn")}
      />
      <div className="button-row">
        <SubmitButton busy={false}>{t("common.next")}</SubmitButton>
      </div>
    </form>
  );
}
