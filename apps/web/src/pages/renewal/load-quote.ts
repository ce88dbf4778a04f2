import type { GraphQLClient } from "@cws/client";
import { ContractsDocument, RenewalQuoteDocument } from "@cws/client/gql";
import type { QuoteView, RenewalProblem } from "./renewal-types.ts";

export type QuoteLoad =
  | { kind: "quote"; view: QuoteView }
  | { kind: "problem"; problem: RenewalProblem };

/**
 * The quote, with the contract it renews: the quote has no 契約内容, the contract list does,
 * and asking for both at once costs no extra wait.
 */
export async function loadQuote(client: GraphQLClient, contractId: string): Promise<QuoteLoad> {
  const [{ renewalQuote }, { contracts }] = await Promise.all([
    client.execute(RenewalQuoteDocument, { contractId }),
    client.execute(ContractsDocument),
  ]);
  if (renewalQuote.__typename !== "RenewalQuote") return { kind: "problem", problem: renewalQuote };
  return {
    kind: "quote",
    view: {
      quote: renewalQuote,
      contract: contracts.find((c) => c.id === renewalQuote.contractId) ?? null,
    },
  };
}
