// The renewal scenario: what a customer does online, `renewalQuote` then `renewContract`
// with a fresh idempotency key, for a contract not renewed yet. autocannon cannot chain two
// requests, so a closed loop drives it: `workers` loops, each taking the next unused
// contract, sending the pair and reading both answers, until the run's seconds are over.
import { randomUUID } from "node:crypto";
import { RenewalQuoteDocument, RenewContractDocument } from "@cws/client/gql";
import type { RenewalCustomer } from "./bench-database.ts";
import type { LoadFigures } from "./load.ts";
import { percentile } from "./stats.ts";

export const RENEWAL_SCENARIO_NAME = "renewal (quote + renew)";

/** A contract to renew and the bearer token of its holder's session. */
export interface RenewableContract {
  contractId: string;
  token: string;
}

/** The client's view of one run; a "request" is one renewal (two POSTs). */
export interface RenewalFigures extends LoadFigures {
  /** Unused contracts after the run: 0 means the run stopped early for want of contracts. */
  contractsLeft: number;
}

/**
 * Unused contracts, handed out once each across the warm-up and every run: a second renewal
 * of the same period would be refused (or replayed), not measured.
 */
export class ContractPool {
  readonly #contracts: readonly RenewableContract[];
  #next = 0;

  constructor(contracts: readonly RenewableContract[]) {
    this.#contracts = contracts;
  }

  /** The next unused contract, or undefined when all are used. */
  take(): RenewableContract | undefined {
    const contract = this.#contracts[this.#next];
    if (contract) this.#next += 1;
    return contract;
  }

  get left(): number {
    return this.#contracts.length - this.#next;
  }
}

/**
 * Every customer's contracts, the first of each customer before the second of any, so that
 * concurrent renewals are of different customers (as when many renew in the same weeks).
 */
export function renewalOrder(
  customers: readonly (RenewalCustomer & { token: string })[],
): RenewableContract[] {
  const most = Math.max(0, ...customers.map((c) => c.renewableContractIds.length));
  const order: RenewableContract[] = [];
  for (let round = 0; round < most; round += 1) {
    for (const { renewableContractIds, token } of customers) {
      const contractId = renewableContractIds[round];
      if (contractId) order.push({ contractId, token });
    }
  }
  return order;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

type Field = { __typename?: string; quoteId?: string; replayed?: boolean } | null | undefined;

/** One renewal: the quote, then the renewal with its quoteId; null on success, else why not. */
async function renew(
  url: string,
  { contractId, token }: RenewableContract,
): Promise<string | null> {
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let answer: GraphQLAnswer | null = null;
    try {
      answer = JSON.parse(text) as GraphQLAnswer;
    } catch {
      // Not JSON: reported below with the status.
    }
    const ok = response.ok && !answer?.errors?.length && answer?.data != null;
    return { data: ok ? answer!.data! : null, text: `${response.status} ${text.slice(0, 300)}` };
  };
  const quote = await post(RenewalQuoteDocument.toString(), { contractId });
  const offer = quote.data?.renewalQuote as Field;
  if (offer?.__typename !== "RenewalQuote" || !offer.quoteId) return `renewalQuote: ${quote.text}`;
  const input = { contractId, quoteId: offer.quoteId, idempotencyKey: `bench-${randomUUID()}` };
  const renewal = await post(RenewContractDocument.toString(), { input });
  const renewed = renewal.data?.renewContract as Field;
  if (renewed?.__typename !== "ContractRenewed" || renewed.replayed !== false)
    return `renewContract: ${renewal.text}`;
  return null;
}

/**
 * Renews contracts from `pool` with `workers` concurrent loops for `seconds`. Each loop
 * starts no renewal after the deadline but finishes the one in flight, so every renewal sent
 * is answered; the rate is over the time until the last one finished.
 */
export async function runRenewals(
  url: string,
  pool: ContractPool,
  workers: number,
  seconds: number,
): Promise<RenewalFigures> {
  const graphqlUrl = `${url}/graphql`;
  const latencies: number[] = [];
  let failures = 0;
  let failureSample: string | null = null;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const contract = pool.take();
      if (!contract) return;
      const began = performance.now();
      let failure: string | null;
      try {
        failure = await renew(graphqlUrl, contract);
      } catch (error) {
        failure = String(error);
      }
      latencies.push(performance.now() - began);
      if (failure !== null) {
        failures += 1;
        failureSample ??= failure;
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  const elapsedSeconds = (performance.now() - start) / 1000;
  return {
    rps: latencies.length / elapsedSeconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests: latencies.length,
    sent: latencies.length,
    failures,
    failureSample,
    contractsLeft: pool.left,
  };
}
