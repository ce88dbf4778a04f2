import { StartRegistrationDocument } from "@cws/client/gql";
import { useState } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import { SteppedFormPage } from "../../forms/stepped-form-page.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { useFormSteps } from "../../forms/use-form-steps.ts";
import { useServiceTime } from "../../i18n/time-zone.tsx";
import { useT } from "../../i18n/use-t.ts";
import { RegistrationInputStep } from "./registration-input-step.tsx";
import { RegistrationReviewStep } from "./registration-review-step.tsx";
import { RegistrationSentStep, type RegistrationStarted } from "./registration-sent-step.tsx";
import {
  emptyRegistration,
  registrationInput,
  registrationProblems,
} from "./registration-values.ts";

const steps = ["input", "review", "sent"] as const;
type Step = (typeof steps)[number];

/** First-time registration, seed steps 3–5: input, confirmation, mail sent and keyword shown. */
export function RegistrationPage() {
  const t = useT();
  const { today } = useServiceTime();
  const client = useClient();
  const handleError = useRequestErrorHandler();
  const [busy, run] = useBusy();
  const { step, problems, message, setMessage, goTo } = useFormSteps<Step>("input");
  const [values, setValues] = useState(emptyRegistration);
  const [started, setStarted] = useState<RegistrationStarted | null>(null);

  const review = () => {
    const found = registrationProblems(values, today());
    goTo(found.length > 0 ? "input" : "review", found);
  };

  const send = () =>
    run(async () => {
      try {
        const { startRegistration: result } = await client.execute(StartRegistrationDocument, {
          input: registrationInput(values),
        });
        switch (result.__typename) {
          case "RegistrationStarted":
            setStarted(result);
            // The details are not needed any more; only the keyword stays on screen.
            setValues(emptyRegistration);
            goTo("sent");
            break;
          case "ValidationFailed":
            goTo("input", result.fieldErrors);
            break;
          case "IdentityNotConfirmed":
            // One generic message: it must not tell which detail did not match.
            goTo("input", [], result.message);
            break;
          default:
            setMessage(result.message);
        }
      } catch (error) {
        setMessage(handleError(error));
      }
    });

  const names = [
    t("registration.step.input"),
    t("registration.step.review"),
    t("registration.step.sent"),
  ];
  return (
    <SteppedFormPage title={t("registration.title")} steps={names} current={steps.indexOf(step)}>
      {step === "input" && (
        <RegistrationInputStep
          values={values}
          onChange={setValues}
          problems={problems}
          message={message}
          onNext={review}
        />
      )}
      {step === "review" && (
        <RegistrationReviewStep
          values={values}
          busy={busy}
          message={message}
          onBack={() => goTo("input")}
          onSubmit={() => void send()}
        />
      )}
      {step === "sent" && started && <RegistrationSentStep started={started} />}
    </SteppedFormPage>
  );
}
