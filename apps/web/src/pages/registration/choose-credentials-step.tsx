import { CompleteRegistrationDocument } from "@cws/client/gql";
import { type LocalizedText, validateUserId } from "@cws/domain/rules";
import { useState } from "react";
import { Link } from "react-router";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import type { FieldProblem } from "../../forms/field-problems.ts";
import { FormPage } from "../../forms/form-page.tsx";
import { NewPasswordFields } from "../../forms/new-password-fields.tsx";
import { newPasswordProblems } from "../../forms/new-password-problems.ts";
import { SubmitButton } from "../../forms/submit-button.tsx";
import { TextField } from "../../forms/text-field.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { submitHandler, useFormFields } from "../../forms/use-form-fields.ts";
import { useT } from "../../i18n/use-t.ts";
import { usePasswordMinLength } from "../../service-status/use-password-min-length.ts";
import { useSession, type Customer } from "../../session/session-provider.tsx";
import { RegistrationDone } from "./registration-done.tsx";

const form = "credentials";

/**
 * Seed step 6, after the keyword: the customer chooses the user ID (blank means the e-mail
 * address the link was sent to, which this page cannot read) and a password; the account
 * is created and the customer is logged in.
 */
export function ChooseCredentialsStep({ stepToken }: { stepToken: string }) {
  const t = useT();
  const client = useClient();
  const { setCustomer } = useSession();
  const handleError = useRequestErrorHandler();
  const [busy, run] = useBusy();
  const minLength = usePasswordMinLength();
  const [values, setValues] = useState({ userId: "", password: "", confirmation: "" });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const { id, error, set } = useFormFields(form, values, setValues, problems);
  const { userId, password, confirmation } = values;
  const [message, setMessage] = useState<LocalizedText | null>(null);
  // The step token is spent or was never good: the form cannot succeed any more.
  const [stopped, setStopped] = useState(false);
  const [registered, setRegistered] = useState<Customer | null>(null);
  const chosenUserId = userId.trim();

  const submit = () =>
    run(async () => {
      const userIdResult = chosenUserId ? validateUserId(chosenUserId) : null;
      const found = [
        ...(userIdResult && !userIdResult.ok ? userIdResult.errors : []),
        ...newPasswordProblems("password", password, confirmation, {
          minLength,
          userId: chosenUserId || null,
        }),
      ];
      setMessage(null);
      setProblems(found);
      if (found.length > 0) return;
      try {
        const { completeRegistration: result } = await client.execute(
          CompleteRegistrationDocument,
          { input: { stepToken, userId: chosenUserId || null, password } },
        );
        if (result.__typename === "SignedIn") {
          setCustomer(result.customer);
          setRegistered(result.customer);
        } else if (result.__typename === "ValidationFailed") {
          setProblems(result.fieldErrors);
        } else {
          setMessage(result.message);
          setStopped(result.__typename !== "TooManyAttempts");
        }
      } catch (failure) {
        setMessage(handleError(failure));
      }
    });

  if (registered) return <RegistrationDone customer={registered} />;
  return (
    <FormPage title={t("credentials.title")} focusOnMount>
      <p>{t("credentials.lead")}</p>
      <form className="form" onSubmit={submitHandler(() => void submit())} noValidate>
        <ErrorSummary form={form} problems={problems} message={message} />
        {stopped ? (
          <ul className="link-list">
            <li>
              <Link to="/login">{t("common.toLogin")}</Link>
            </li>
            <li>
              <Link to="/register">{t("link.restartRegistration")}</Link>
            </li>
          </ul>
        ) : (
          <>
            <TextField
              id={id("userId")}
              label={t("credentials.userId")}
              hint={t("credentials.userIdHint")}
              value={userId}
              onChange={set("userId")}
              error={error("userId")}
              required={false}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
            />
            <NewPasswordFields
              form={form}
              field="password"
              label={t("credentials.password")}
              confirmationLabel={t("credentials.passwordConfirmation")}
              password={password}
              confirmation={confirmation}
              onPassword={set("password")}
              onConfirmation={set("confirmation")}
              problems={problems}
              context={{ userId: chosenUserId || null }}
            />
            <div className="button-row">
              <SubmitButton busy={busy}>{t("credentials.submit")}</SubmitButton>
            </div>
          </>
        )}
      </form>
    </FormPage>
  );
}
