import { CredentialResetFormDocument } from "@cws/client/gql";
import type { LocalizedText } from "@cws/domain/rules";
import { useEffect, useState } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import type { ResetForm } from "./reset-values.ts";

export type ResetFormLoad =
  | { phase: "loading" }
  | { phase: "ready"; form: ResetForm }
  | { phase: "invalid" }
  | { phase: "failed"; message: LocalizedText };

/** STEP 5's read-only details and current settings; reading them does not use the step token. */
export function useResetForm(stepToken: string): ResetFormLoad {
  const client = useClient();
  const handleError = useRequestErrorHandler();
  const [load, setLoad] = useState<ResetFormLoad>({ phase: "loading" });
  useEffect(() => {
    let current = true;
    client.execute(CredentialResetFormDocument, { stepToken }).then(
      ({ credentialResetForm: form }) =>
        current && setLoad(form ? { phase: "ready", form } : { phase: "invalid" }),
      (error: unknown) => current && setLoad({ phase: "failed", message: handleError(error) }),
    );
    return () => {
      current = false;
    };
    // Only a new step token asks again (handleError's identity follows the router).
  }, [client, stepToken]);
  return load;
}
