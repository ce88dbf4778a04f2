import { VerifyKeywordDocument } from "@cws/client/gql";
import {
  type LocalizedText,
  validateRecoveryKeyword,
  validateRegistrationKeyword,
} from "@cws/domain/rules";
import { useState } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import type { FieldProblem } from "../../forms/field-problems.ts";
import { FormPage } from "../../forms/form-page.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { SubmitButton } from "../../forms/submit-button.tsx";
import { TextField } from "../../forms/text-field.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { submitHandler, useFormFields } from "../../forms/use-form-fields.ts";
import { useServiceTime } from "../../i18n/time-zone.tsx";
import { useT } from "../../i18n/use-t.ts";
import { deadLinkStatusOf, type DeadLinkStatus } from "./link-status.ts";

const form = "keyword";

export type KeywordPurpose = "REGISTRATION" | "CREDENTIAL_RESET";

interface KeywordStepProps {
  token: string;
  purpose: KeywordPurpose;
  expiresAt: string | null;
  onAccepted: (stepToken: string) => void;
  onDead: (status: DeadLinkStatus) => void;
}

/**
 * The link page's keyword entry (seed STEP 4). The format is checked first with the
 * server's own rule, because every wrong keyword the server sees costs one of the link's
 * few attempts; a typo in the format should not.
 */
export function KeywordStep({ token, purpose, expiresAt, onAccepted, onDead }: KeywordStepProps) {
  const t = useT();
  const { dateTime } = useServiceTime();
  const client = useClient();
  const handleError = useRequestErrorHandler();
  const [busy, run] = useBusy();
  const [values, setValues] = useState({ keyword: "" });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const { id, error, set } = useFormFields(form, values, setValues, problems);
  const { keyword } = values;
  const [message, setMessage] = useState<LocalizedText | null>(null);
  const registration = purpose === "REGISTRATION";

  const submit = () =>
    run(async () => {
      const checked = registration
        ? validateRegistrationKeyword(keyword)
        : validateRecoveryKeyword(keyword);
      setMessage(null);
      if (!checked.ok) return setProblems(checked.errors);
      setProblems([]);
      try {
        const { verifyKeyword: result } = await client.execute(VerifyKeywordDocument, {
          token,
          keyword: checked.value,
        });
        if (result.__typename === "KeywordAccepted") return onAccepted(result.stepToken);
        const dead = deadLinkStatusOf(result);
        if (dead) return onDead(dead);
        if (result.__typename === "KeywordRejected") {
          // The server's message says how many attempts are left before the link dies.
          setProblems([{ field: "keyword", code: result.code, message: result.message }]);
          setValues({ keyword: "" });
        } else {
          setMessage(result.message);
        }
      } catch (failure) {
        setMessage(handleError(failure));
      }
    });

  return (
    <FormPage title={t(registration ? "link.registrationTitle" : "link.resetTitle")}>
      <p>{t(registration ? "link.registrationLead" : "link.resetLead")}</p>
      {expiresAt && (
        <ReviewList
          items={[{ label: t("link.expiresAt"), value: dateTime(new Date(expiresAt)) }]}
        />
      )}
      <form className="form" onSubmit={submitHandler(() => void submit())} noValidate>
        <ErrorSummary form={form} problems={problems} message={message} />
        <TextField
          id={id("keyword")}
          label={t("keyword.label")}
          hint={t(registration ? "link.registrationKeywordHint" : "link.resetKeywordHint")}
          value={keyword}
          onChange={set("keyword")}
          error={error("keyword")}
          inputMode={registration ? "text" : "numeric"}
          autoComplete={registration ? "off" : "one-time-code"}
          autoCapitalize="none"
          spellCheck={false}
        />
        <div className="button-row">
          <SubmitButton busy={busy}>{t("common.next")}</SubmitButton>
        </div>
      </form>
    </FormPage>
  );
}
