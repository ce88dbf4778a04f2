import { UpdateSettingsDocument } from "@cws/client/gql";
import { useState } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import { SteppedFormPage } from "../../forms/stepped-form-page.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { useFormSteps } from "../../forms/use-form-steps.ts";
import { useT } from "../../i18n/use-t.ts";
import { usePasswordMinLength } from "../../service-status/use-password-min-length.ts";
import { RequireCustomer } from "../../session/require-customer.tsx";
import { useSession, type Customer } from "../../session/session-provider.tsx";
import { SettingsDoneStep } from "./settings-done-step.tsx";
import { SettingsInputStep } from "./settings-input-step.tsx";
import { settingsProblems } from "./settings-problems.ts";
import { SettingsReviewStep } from "./settings-review-step.tsx";
import { initialValues, settingsInput, withoutPasswords } from "./settings-values.ts";

const steps = ["input", "review", "done"] as const;
type Step = (typeof steps)[number];

/** /settings: the settings of SPEC §2.4 changed from home, 1. 設定情報の入力 2. 変更内容の確認 3. 完了. */
export function SettingsPage() {
  return (
    <RequireCustomer>
      <SettingsContent />
    </RequireCustomer>
  );
}

function SettingsContent() {
  const { customer } = useSession();
  // RequireCustomer renders this only with a customer.
  return customer ? <SettingsFlow customer={customer} /> : null;
}

function SettingsFlow({ customer }: { customer: Customer }) {
  const t = useT();
  const client = useClient();
  const { setCustomer } = useSession();
  const handleError = useRequestErrorHandler();
  const [busy, run] = useBusy();
  const passwordMinLength = usePasswordMinLength();
  const { step, problems, message, setMessage, goTo } = useFormSteps<Step>("input");
  const [values, setValues] = useState(() => initialValues(customer));
  const [pendingEmail, setPendingEmail] = useState<string | null>(null);

  const review = () => {
    const found = settingsProblems(values, customer, passwordMinLength);
    goTo(
      found.problems.length > 0 || found.message ? "input" : "review",
      found.problems,
      found.message,
    );
  };

  const commit = () =>
    run(async () => {
      try {
        const { updateSettings: result } = await client.execute(UpdateSettingsDocument, {
          input: settingsInput(values, customer),
        });
        switch (result.__typename) {
          case "SettingsUpdated":
            setValues(withoutPasswords);
            setPendingEmail(result.pendingEmail);
            setCustomer(result.customer);
            goTo("done");
            break;
          case "ValidationFailed":
            goTo(
              "input",
              [...result.fieldErrors],
              result.fieldErrors.length > 0 ? null : result.message,
            );
            break;
          default:
            setMessage(result.message);
        }
      } catch (error) {
        setMessage(handleError(error));
      }
    });

  const names = [t("settings.step.input"), t("settings.step.confirm"), t("settings.step.done")];
  return (
    <SteppedFormPage title={t("settings.title")} steps={names} current={steps.indexOf(step)}>
      {step === "input" && (
        <SettingsInputStep
          customer={customer}
          values={values}
          onChange={setValues}
          problems={problems}
          message={message}
          onNext={review}
        />
      )}
      {step === "review" && (
        <SettingsReviewStep
          customer={customer}
          values={values}
          busy={busy}
          message={message}
          onBack={() => goTo("input")}
          onCommit={() => void commit()}
        />
      )}
      {step === "done" && <SettingsDoneStep pendingEmail={pendingEmail} />}
    </SteppedFormPage>
  );
}
