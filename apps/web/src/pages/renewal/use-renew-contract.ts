import { RenewContractDocument } from "@cws/client/gql";
import type { LocalizedText } from "@cws/domain/rules";
import { useState } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import { useBusy } from "../../forms/use-busy.ts";
import { newIdempotencyKey } from "./idempotency-key.ts";
import type { Quote, RenewalProblem, Renewed } from "./renewal-types.ts";

/**
 * Sends renewContract for one confirmation screen. The key is made once, when the screen
 * opens, and every submission from it (a double click, a retry after an answer was lost)
 * carries the same key, so the server renews at most once and replays its answer.
 * useBusy drops a second click while the first is on its way.
 */
export function useRenewContract(
  quote: Quote,
  onRenewed: (renewed: Renewed) => void,
  onProblem: (problem: RenewalProblem) => void,
) {
  const client = useClient();
  const handleError = useRequestErrorHandler();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [busy, run] = useBusy();
  const [failure, setFailure] = useState<LocalizedText | null>(null);

  const submit = () =>
    run(async () => {
      setFailure(null);
      try {
        const { renewContract } = await client.execute(RenewContractDocument, {
          input: { contractId: quote.contractId, quoteId: quote.quoteId, idempotencyKey },
        });
        if (renewContract.__typename === "ContractRenewed") onRenewed(renewContract);
        else onProblem(renewContract);
      } catch (error) {
        // The renewal may or may not have happened; a retry with the same key finds out safely.
        setFailure(handleError(error));
      }
    });

  return { submit, busy, failure };
}
