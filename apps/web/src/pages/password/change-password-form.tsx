import { ChangePasswordDocument } from "@cws/client/gql";
import type { LocalizedText } from "@cws/domain/errors/localized-text";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useClient } from "../../api/client-context.tsx";
import { catalogText, useRequestErrorHandler } from "../../api/error-messages.ts";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import { fieldId, problem, problemFor, type FieldProblem } from "../../forms/field-problems.ts";
import { FormPage } from "../../forms/form-page.tsx";
import { NewPasswordFields } from "../../forms/new-password-fields.tsx";
import { newPasswordProblems } from "../../forms/new-password-problems.ts";
import { SubmitButton } from "../../forms/submit-button.tsx";
import { TextField } from "../../forms/text-field.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { useT } from "../../i18n/use-t.ts";
import { usePasswordMinLength } from "../../service-status/use-password-min-length.ts";
import { useSession } from "../../session/session-provider.tsx";

const form = "password";

/**
 * The password change. After a temporary password it is the one required action and the
 * fresh login stands in for the current password, so that field is not asked for;
 * otherwise the current password is required.
 */
export function ChangePasswordForm() {
  const t = useT();
  const { language } = useLanguage();
  const client = useClient();
  const navigate = useNavigate();
  const { customer, setCustomer } = useSession();
  const handleError = useRequestErrorHandler();
  const [busy, run] = useBusy();
  const minLength = usePasswordMinLength();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<LocalizedText | null>(null);
  const forced = customer?.requiredAction === "CHANGE_PASSWORD";
  const context = { userId: customer?.userId, email: customer?.email, birthDate: customer?.birthDate };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const found = [
        ...(forced || currentPassword ? [] : [problem("currentPassword", "REQUIRED", catalogText("password.currentRequired"))]),
        ...newPasswordProblems("newPassword", newPassword, confirmation, { ...context, minLength }),
      ];
      setMessage(null);
      setProblems(found);
      if (found.length > 0) return;
      try {
        const { changePassword: result } = await client.execute(ChangePasswordDocument, { currentPassword: forced ? null : currentPassword, newPassword });
        if (result.__typename === "PasswordChanged") {
          setCustomer(result.customer);
          void navigate("/home", { replace: true });
        } else if (result.__typename === "ValidationFailed") {
          setProblems(result.fieldErrors);
        } else {
          setMessage(result.message);
        }
      } catch (error) {
        setMessage(handleError(error));
      }
    });
  };

  return (
    <FormPage title={t("password.title")}>
      <p>{t(forced ? "password.forcedLead" : "password.lead")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary form={form} problems={problems} message={message} />
        {/* A hidden user name lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={customer?.userId ?? ""} readOnly hidden />
        {!forced && (
          <TextField
            id={fieldId(form, "currentPassword")}
            type="password"
            label={t("password.current")}
            value={currentPassword}
            onChange={setCurrentPassword}
            error={problemFor(problems, "currentPassword", language)}
            autoComplete="current-password"
          />
        )}
        <NewPasswordFields
          form={form}
          field="newPassword"
          label={t("password.new")}
          confirmationLabel={t("password.confirmation")}
          password={newPassword}
          confirmation={confirmation}
          onPassword={setNewPassword}
          onConfirmation={setConfirmation}
          problems={problems}
          context={context}
        />
        <div className="button-row">
          <SubmitButton busy={busy}>{t("password.submit")}</SubmitButton>
        </div>
      </form>
    </FormPage>
  );
}
