import { type LocalizedText, fieldError } from "@cws/domain/rules";
import { LoginDocument } from "@cws/client/gql";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import type { FieldProblem } from "../../forms/field-problems.ts";
import { SubmitButton } from "../../forms/submit-button.tsx";
import { TextField } from "../../forms/text-field.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { submitHandler, useFormFields } from "../../forms/use-form-fields.ts";
import { useT } from "../../i18n/use-t.ts";
import { useSession } from "../../session/session-provider.tsx";
import { afterLogin, fromOf } from "./after-login.ts";

const form = "login";

/** ユーザーID and パスワード/仮パスワード, and the ログイン button (seed step 2, STEP 1). */
export function LoginForm() {
  const t = useT();
  const client = useClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { setCustomer } = useSession();
  const handleError = useRequestErrorHandler();
  const [busy, run] = useBusy();
  const [values, setValues] = useState({ userId: "", password: "" });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const { id, error, set } = useFormFields(form, values, setValues, problems);
  const { userId, password } = values;
  const [message, setMessage] = useState<LocalizedText | null>(null);

  const submit = () =>
    run(async () => {
      // The server checks the same; asking first saves a round trip and a throttle count.
      const missing = [
        ...(userId.trim() ? [] : [fieldError("userId", "REQUIRED")]),
        ...(password ? [] : [fieldError("password", "REQUIRED")]),
      ];
      setMessage(null);
      setProblems(missing);
      if (missing.length > 0) return;
      try {
        const { login } = await client.execute(LoginDocument, {
          input: { userId: userId.trim(), password },
        });
        if (login.__typename === "SignedIn") {
          setCustomer(login.customer);
          void navigate(afterLogin(login.customer, fromOf(location.state)), { replace: true });
        } else if (login.__typename === "ValidationFailed") {
          setProblems(login.fieldErrors);
        } else {
          // LoginFailed says the same for unknown IDs and wrong passwords; the password is cleared for the retry.
          setMessage(login.message);
          setValues((typed) => ({ ...typed, password: "" }));
        }
      } catch (failure) {
        setMessage(handleError(failure));
      }
    });

  return (
    <form
      className="form"
      onSubmit={submitHandler(() => void submit())}
      noValidate
      aria-label={t("login.title")}
    >
      <ErrorSummary form={form} problems={problems} message={message} />
      <TextField
        id={id("userId")}
        label={t("login.userId")}
        hint={t("login.userIdHint")}
        value={userId}
        onChange={set("userId")}
        error={error("userId")}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        id={id("password")}
        type="password"
        label={t("login.password")}
        hint={t("login.passwordHint")}
        value={password}
        onChange={set("password")}
        error={error("password")}
        autoComplete="current-password"
      />
      <div className="button-row">
        <SubmitButton busy={busy}>{t("login.submit")}</SubmitButton>
      </div>
    </form>
  );
}
