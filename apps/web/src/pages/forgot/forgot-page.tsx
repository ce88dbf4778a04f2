import { RequestCredentialResetDocument } from "@cws/client/gql";
import { type LocalizedText, errorsOf, validateBirthDate, validateEmail } from "@cws/domain/rules";
import { useState } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import { birthDateValue, emptyBirthDate } from "../../forms/birth-date-parts.ts";
import type { FieldProblem } from "../../forms/field-problems.ts";
import { SteppedFormPage } from "../../forms/stepped-form-page.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { useServiceTime } from "../../i18n/time-zone.tsx";
import { useT } from "../../i18n/use-t.ts";
import { ForgotInputStep, type ForgotValues } from "./forgot-input-step.tsx";
import { ResetKeywordStep, type ResetKeywordIssued } from "./reset-keyword-step.tsx";

/** ユーザーID・パスワード再登録, seed STEP 2–3: e-mail and birth date, then the keyword. */
export function ForgotPage() {
  const t = useT();
  const client = useClient();
  const handleError = useRequestErrorHandler();
  const { today } = useServiceTime();
  const [busy, run] = useBusy();
  const [values, setValues] = useState<ForgotValues>({ email: "", birthDate: emptyBirthDate });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<LocalizedText | null>(null);
  const [issued, setIssued] = useState<ResetKeywordIssued | null>(null);
  const step = issued ? 1 : 0;

  const submit = () =>
    run(async () => {
      const birthDate = birthDateValue(values.birthDate);
      // The server's validators, so the customer is told at once and in the same words.
      const found = [
        ...errorsOf(validateEmail(values.email)),
        ...errorsOf(validateBirthDate(birthDate, today())),
      ];
      setMessage(null);
      setProblems(found);
      if (found.length > 0) return;
      try {
        const { requestCredentialReset: result } = await client.execute(
          RequestCredentialResetDocument,
          { email: values.email.trim(), birthDate },
        );
        if (result.__typename === "ResetKeywordIssued") setIssued(result);
        else if (result.__typename === "ValidationFailed") setProblems(result.fieldErrors);
        else setMessage(result.message);
      } catch (error) {
        setMessage(handleError(error));
      }
    });

  const names = [t("forgot.step.input"), t("forgot.step.keyword")];
  return (
    <SteppedFormPage title={t("forgot.title")} steps={names} current={step}>
      {issued ? (
        <ResetKeywordStep issued={issued} />
      ) : (
        <ForgotInputStep
          values={values}
          onChange={setValues}
          problems={problems}
          message={message}
          busy={busy}
          onSubmit={() => void submit()}
        />
      )}
    </SteppedFormPage>
  );
}
