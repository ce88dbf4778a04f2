import type {
  ContractFieldsFragment,
  RenewalQuoteQuery,
  RenewContractMutation,
} from "@cws/client/gql";

type QuoteResult = RenewalQuoteQuery["renewalQuote"];
type RenewResult = RenewContractMutation["renewContract"];

/** The offer for the next period, as renewalQuote answers it. */
export type Quote = Extract<QuoteResult, { __typename: "RenewalQuote" }>;
/** 継続手続が完了: the new period and the contract as it now stands. */
export type Renewed = Extract<RenewResult, { __typename: "ContractRenewed" }>;
/** Every expected refusal of the quote or the renewal; each carries the server's message. */
export type RenewalProblem = Exclude<QuoteResult, Quote> | Exclude<RenewResult, Renewed>;

/** What the quote screen needs: the quote, and the contract it renews (for 契約内容). */
export interface QuoteView {
  quote: Quote;
  contract: ContractFieldsFragment | null;
}
