import { useState } from "react";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import { FormPage } from "../../forms/form-page.tsx";
import { useT } from "../../i18n/use-t.ts";
import { EmailChangeConfirm } from "../email-change/email-change-confirm.tsx";
import { CredentialResetFlow } from "../forgot/credential-reset-flow.tsx";
import { ChooseCredentialsStep } from "../registration/choose-credentials-step.tsx";
import { KeywordStep } from "./keyword-step.tsx";
import { LinkProblem } from "./link-problem.tsx";
import type { DeadLinkStatus } from "./link-status.ts";
import { useVerificationLink } from "./use-verification-link.ts";

/**
 * One link's procedure: what the link is (read only), then the keyword, then the step its
 * purpose leads to. A link found dead on the way (expired meanwhile, or the last wrong
 * keyword) switches to the page saying so.
 */
export function LinkFlow({ token }: { token: string }) {
  const t = useT();
  const [load, retry] = useVerificationLink(token);
  const [dead, setDead] = useState<DeadLinkStatus | null>(null);
  const [stepToken, setStepToken] = useState<string | null>(null);

  if (load.phase === "loading") {
    return (
      <FormPage title={t("link.checking")}>
        <p role="status">{t("link.checking")}</p>
      </FormPage>
    );
  }
  if (load.phase === "failed") {
    return (
      <FormPage title={t("link.checking")}>
        <ErrorSummary form="link" message={load.message} />
        <button type="button" className="button" onClick={retry}>
          {t("status.retry")}
        </button>
      </FormPage>
    );
  }
  const { status, purpose, expiresAt } = load.link;
  if (dead || status !== "VALID")
    return <LinkProblem status={dead ?? (status as DeadLinkStatus)} purpose={purpose} />;
  if (purpose === "EMAIL_CHANGE") return <EmailChangeConfirm token={token} onDead={setDead} />;
  if (purpose === "REGISTRATION" && stepToken)
    return <ChooseCredentialsStep stepToken={stepToken} />;
  if (purpose === "CREDENTIAL_RESET" && stepToken)
    return <CredentialResetFlow stepToken={stepToken} />;
  // A valid link always has a purpose; without one there is nothing sensible to ask for.
  if (purpose !== "REGISTRATION" && purpose !== "CREDENTIAL_RESET")
    return <LinkProblem status="UNKNOWN" purpose={null} />;
  return (
    <KeywordStep
      token={token}
      purpose={purpose}
      expiresAt={expiresAt}
      onAccepted={setStepToken}
      onDead={setDead}
    />
  );
}
