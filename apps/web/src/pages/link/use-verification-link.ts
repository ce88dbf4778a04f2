import { VerificationLinkDocument, type VerificationLinkQuery } from "@cws/client/gql";
import type { LocalizedText } from "@cws/domain/rules";
import { useCallback, useEffect, useState } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";

export type VerificationLink = VerificationLinkQuery["verificationLink"];

export type LinkLoad =
  | { phase: "loading" }
  | { phase: "ready"; link: VerificationLink }
  | { phase: "failed"; message: LocalizedText };

const noLink: VerificationLink = {
  status: "UNKNOWN",
  purpose: null,
  expiresAt: null,
  attemptsLeft: null,
};

/**
 * What the mailed link is, from verificationLink: only reads, never consumes, so opening
 * the page (as mail scanners do) changes nothing. An address without a token is unknown
 * without asking.
 */
export function useVerificationLink(token: string): [LinkLoad, () => void] {
  const client = useClient();
  const handleError = useRequestErrorHandler();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<LinkLoad>(
    token ? { phase: "loading" } : { phase: "ready", link: noLink },
  );

  useEffect(() => {
    if (!token) return;
    let current = true;
    setLoad({ phase: "loading" });
    client.execute(VerificationLinkDocument, { token }).then(
      (data) => current && setLoad({ phase: "ready", link: data.verificationLink }),
      (error: unknown) => current && setLoad({ phase: "failed", message: handleError(error) }),
    );
    return () => {
      current = false;
    };
    // Not keyed on handleError, whose identity follows the router: only a new token or a retry asks again.
  }, [client, token, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [load, retry];
}
