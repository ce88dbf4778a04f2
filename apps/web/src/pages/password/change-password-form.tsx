import { ChangePasswordDocument } from "@cws/client/gql";
import type { LocalizedText } from "@cws/domain/rules";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useClient } from "../../api/client-context.tsx";
import { catalogText, useRequestErrorHandler } from "../../api/error-messages.ts";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import { problem, type FieldProblem } from "../../forms/field-problems.ts";
import { FormPage } from "../../forms/form-page.tsx";
import { NewPasswordFields } from "../../forms/new-password-fields.tsx";
import { newPasswordProblems } from "../../forms/new-password-problems.ts";
import { SubmitButton } from "../../forms/submit-button.tsx";
import { TextField } from "../../forms/text-field.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { submitHandler, useFormFields } from "../../forms/use-form-fields.ts";
import { useT } from "../../i18n/use-t.ts";
import { usePasswordMinLength } from "../../service-status/use-password-min-length.ts";
import { useSession } from "../../session/session-provider.tsx";
import { PasswordChanged } from "./password-changed.tsx";

const form = "password";

const noPasswords = { currentPassword: "", newPassword: "", confirmation: "" };

/**
 * The password change. After a temporary password it is the one required action and the
 * fresh login stands in for the current password, so that field is not asked for;
 * otherwise the current password is required.
 */
export function ChangePasswordForm() {
  const t = useT();
  const client = useClient();
  const navigate = useNavigate();
  const { customer, setCustomer } = useSession();
  const handleError = useRequestErrorHandler();
  const [busy, run] = useBusy();
  const minLength = usePasswordMinLength();
  const [values, setValues] = useState(noPasswords);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<LocalizedText | null>(null);
  const [changed, setChanged] = useState(false);
  const { id, error, set } = useFormFields(form, values, setValues, problems);
  const forced = customer?.requiredAction === "CHANGE_PASSWORD";
  const context = {
    userId: customer?.userId,
    email: customer?.email,
    birthDate: customer?.birthDate,
  };
  const { currentPassword, newPassword, confirmation } = values;

  const submit = () =>
    run(async () => {
      const found = [
        ...(forced || currentPassword
          ? []
          : [problem("currentPassword", "REQUIRED", catalogText("password.currentRequired"))]),
        ...newPasswordProblems("newPassword", newPassword, confirmation, { ...context, minLength }),
      ];
      setMessage(null);
      setProblems(found);
      if (found.length > 0) return;
      try {
        const { changePassword: result } = await client.execute(ChangePasswordDocument, {
          currentPassword: forced ? null : currentPassword,
          newPassword,
        });
        if (result.__typename === "PasswordChanged") {
          setCustomer(result.customer);
          // After a temporary password the customer was on the way somewhere; otherwise they
          // came here for this alone, and are told it worked rather than moved without a word.
          if (forced) {
            void navigate("/home", { replace: true });
          } else {
            setValues(noPasswords);
            setChanged(true);
          }
        } else if (result.__typename === "ValidationFailed") {
          setProblems(result.fieldErrors);
        } else {
          setMessage(result.message);
        }
      } catch (failure) {
        setMessage(handleError(failure));
      }
    });

  if (changed) return <PasswordChanged />;
  return (
    <FormPage title={t("password.title")}>
      <p>{t(forced ? "password.forcedLead" : "password.lead")}</p>
      <form className="form" onSubmit={submitHandler(() => void submit())} noValidate>
        <ErrorSummary form={form} problems={problems} message={message} />
        {/* A hidden user name lets password managers file the new password under the right account. */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={customer?.userId ?? ""}
          readOnly
          hidden
        />
        {!forced && (
          <TextField
            id={id("currentPassword")}
            type="password"
            label={t("password.current")}
            value={currentPassword}
            onChange={set("currentPassword")}
            error={error("currentPassword")}
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
          onPassword={set("newPassword")}
          onConfirmation={set("confirmation")}
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
