import { CompleteCredentialResetDocument, type SettingChange } from "@cws/client/gql";
import type { LocalizedText } from "@cws/domain/rules";
import { useState } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import { SteppedFormPage } from "../../forms/stepped-form-page.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { useFormSteps } from "../../forms/use-form-steps.ts";
import { useT } from "../../i18n/use-t.ts";
import { usePasswordMinLength } from "../../service-status/use-password-min-length.ts";
import { useSession, type Customer } from "../../session/session-provider.tsx";
import { ResetDoneStep } from "./reset-done-step.tsx";
import { ResetReviewStep } from "./reset-review-step.tsx";
import { ResetSettingsStep } from "./reset-settings-step.tsx";
import { ResetStopped } from "./reset-stopped.tsx";
import { initialResetValues, resetInput, resetProblems, type ResetForm } from "./reset-values.ts";

const steps = ["input", "review", "done"] as const;
type Step = (typeof steps)[number];

/**
 * 設定情報の変更: 1. 設定情報の入力 2. 変更内容の確認 3. 完了. The server checks the input and
 * lists the changes without applying them (commit: false); 確定 applies them (commit: true),
 * which ends every other session of the account and logs this browser in.
 */
export function ResetSteps({ stepToken, form }: { stepToken: string; form: ResetForm }) {
  const t = useT();
  const client = useClient();
  const { setCustomer } = useSession();
  const handleError = useRequestErrorHandler();
  const [busy, run] = useBusy();
  const passwordMinLength = usePasswordMinLength();
  const { step, problems, message, setMessage, goTo } = useFormSteps<Step>("input");
  const [values, setValues] = useState(() => initialResetValues(form));
  const [changes, setChanges] = useState<SettingChange[]>([]);
  const [previewUserId, setPreviewUserId] = useState(form.userId);
  const [customer, setDone] = useState<Customer | null>(null);
  const [stopped, setStopped] = useState<LocalizedText | null>(null);

  const send = (commit: boolean) =>
    run(async () => {
      if (!commit) {
        const found = resetProblems(values, form, passwordMinLength);
        goTo("input", found);
        if (found.length > 0) return;
      }
      try {
        const { completeCredentialReset: result } = await client.execute(
          CompleteCredentialResetDocument,
          { input: resetInput(values, stepToken, commit) },
        );
        switch (result.__typename) {
          case "CredentialResetPreview":
            setChanges(result.changes);
            setPreviewUserId(result.userId);
            goTo("review");
            break;
          case "SignedIn":
            setCustomer(result.customer);
            setDone(result.customer);
            // The new password is not needed any more.
            setValues((v) => ({ ...v, password: "", passwordConfirmation: "" }));
            goTo("done");
            break;
          case "ValidationFailed":
            goTo("input", result.fieldErrors);
            break;
          case "ResetStepTokenInvalid":
            setStopped(result.message);
            break;
          default:
            setMessage(result.message);
        }
      } catch (error) {
        setMessage(handleError(error));
      }
    });

  if (stopped) return <ResetStopped message={stopped} />;
  const names = [t("reset.step.input"), t("reset.step.review"), t("reset.step.done")];
  return (
    <SteppedFormPage
      title={t("reset.title")}
      steps={names}
      current={steps.indexOf(step)}
      focusOnMount
    >
      {step === "input" && (
        <ResetSettingsStep
          form={form}
          values={values}
          onChange={setValues}
          problems={problems}
          message={message}
          busy={busy}
          onNext={() => void send(false)}
        />
      )}
      {step === "review" && (
        <ResetReviewStep
          userId={previewUserId}
          values={values}
          changes={changes}
          message={message}
          busy={busy}
          onBack={() => goTo("input")}
          onCommit={() => void send(true)}
        />
      )}
      {step === "done" && customer && <ResetDoneStep customer={customer} />}
    </SteppedFormPage>
  );
}
