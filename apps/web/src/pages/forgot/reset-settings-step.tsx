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
import {
  expectedUserId,
  userIdIsEmail,
  type ResetForm,
  type ResetValues,
  type UserIdChoice,
} from "./reset-values.ts";

export const resetForm = "reset";

interface ResetSettingsStepProps {
  form: ResetForm;
  values: ResetValues;
  onChange: (values: ResetValues) => void;
  problems: readonly FieldProblem[];
  message: LocalizedText | null;
  busy: boolean;
  onNext: () => void;
}

/**
 * Seed STEP 5, 設定情報の入力: the name, kana, birth date and current user ID shown; the user ID
 * kept (the default) or a new one chosen; e-mail, password and mail preference editable.
 */
export function ResetSettingsStep({
  form,
  values,
  onChange,
  problems,
  message,
  busy,
  onNext,
}: ResetSettingsStepProps) {
  const t = useT();
  const { language } = useLanguage();
  const { id, error, set } = useFormFields(resetForm, values, onChange, problems);
  const email = values.email.trim();
  const keepLabel = userIdIsEmail(form) ? "reset.userIdKeepEmail" : "reset.userIdKeep";
  return (
    <form className="form" onSubmit={submitHandler(onNext)} noValidate>
      <p>{t("reset.lead")}</p>
      <ErrorSummary form={resetForm} problems={problems} message={message} />
      <ReviewList
        items={[
          { label: t("reset.name"), value: `${form.familyName} ${form.givenName}` },
          { label: t("reset.kana"), value: `${form.familyNameKana} ${form.givenNameKana}` },
          { label: t("reset.birthDate"), value: formatCalendarDate(form.birthDate, language) },
          { label: t("reset.currentUserId"), value: form.userId },
        ]}
      />
      <RadioField<UserIdChoice>
        id={id("userIdChoice")}
        legend={t("reset.userId")}
        hint={t("reset.userIdHint")}
        options={[
          { value: "keep", label: t(keepLabel, { userId: form.userId }) },
          { value: "new", label: t("reset.userIdNew") },
        ]}
        value={values.userIdChoice}
        onChange={set("userIdChoice")}
      />
      {values.userIdChoice === "new" && (
        <TextField
          id={id("userId")}
          label={t("reset.newUserId")}
          hint={t("reset.newUserIdHint")}
          value={values.newUserId}
          onChange={set("newUserId")}
          error={error("userId")}
          autoComplete="username"
          spellCheck={false}
        />
      )}
      <TextField
        id={id("email")}
        type="email"
        label={t("reset.email")}
        hint={t("reset.emailHint")}
        value={values.email}
        onChange={set("email")}
        error={error("email")}
        autoComplete="email"
        spellCheck={false}
      />
      <NewPasswordFields
        form={resetForm}
        field="password"
        label={t("reset.password")}
        confirmationLabel={t("reset.passwordConfirmation")}
        hint={t("reset.passwordHint")}
        password={values.password}
        confirmation={values.passwordConfirmation}
        onPassword={set("password")}
        onConfirmation={set("passwordConfirmation")}
        problems={problems}
        required={false}
        context={{ userId: expectedUserId(values, form), email, birthDate: form.birthDate }}
      />
      <RadioField
        id={id("mailOptIn")}
        legend={t("reset.mailOptIn")}
        hint={t("reset.mailOptInNote")}
        options={[
          { value: "yes", label: t("reset.mailOptInYes") },
          { value: "no", label: t("reset.mailOptInNo") },
        ]}
        value={values.mailOptIn ? "yes" : "no"}
        onChange={(choice) => set("mailOptIn")(choice === "yes")}
        error={error("mailOptIn")}
      />
      <div className="button-row">
        <SubmitButton busy={busy}>{t("common.next")}</SubmitButton>
      </div>
    </form>
  );
}
