// What each scenario sends and what counts as a success. GraphQL answers errors with HTTP
// 200, so every body is read: an `errors` entry or a wrong result is a failure.
import {
  ContractsDocument,
  LoginDocument,
  MeDocument,
  RenewalQuoteDocument,
} from "@cws/client/gql";
import { ServiceStatusDocument } from "@cws/client/gql";
import { BENCH_PASSWORD, type BenchCustomer } from "./bench-database.ts";

/** A customer the bench logged in through the API, with the bearer token of their session. */
export interface SignedInCustomer extends BenchCustomer {
  token: string;
}

export interface Scenario {
  name: string;
  /** Which server answers it: the bare reference or the product. */
  server: "bare" | "product";
  connections: number;
  /** Runs shorter than this say nothing (a login burst's first answers take seconds); overrides --quick. */
  minSeconds?: number;
  /** The next request's body and headers; rotates over customers so many sessions share the load. */
  next(): { body: string; headers: Record<string, string> };
  /** True when the answer is what a client would count as a success. */
  accepts(data: Record<string, unknown>): boolean;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

/** Whether a response body is a GraphQL success for `scenario`. */
export function answerAccepted(scenario: Scenario, body: string): boolean {
  try {
    const answer = JSON.parse(body) as GraphQLAnswer;
    return !answer.errors?.length && answer.data != null && scenario.accepts(answer.data);
  } catch {
    return false;
  }
}

const JSON_HEADERS = { "content-type": "application/json" };

function rotating<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error("a scenario needs at least one customer");
  let i = 0;
  return () => items[(i += 1) % items.length]!;
}

function anonymous(
  name: string,
  server: Scenario["server"],
  query: string,
  accepts: Scenario["accepts"],
  connections: number,
): Scenario {
  const body = JSON.stringify({ query });
  return { name, server, connections, next: () => ({ body, headers: JSON_HEADERS }), accepts };
}

function signedIn(
  name: string,
  customers: readonly SignedInCustomer[],
  connections: number,
  request: (customer: SignedInCustomer) => { query: string; variables?: Record<string, unknown> },
  accepts: Scenario["accepts"],
): Scenario {
  const nextCustomer = rotating(customers);
  return {
    name,
    server: "product",
    connections,
    next() {
      const customer = nextCustomer();
      const headers = { ...JSON_HEADERS, authorization: `Bearer ${customer.token}` };
      return { body: JSON.stringify(request(customer)), headers };
    },
    accepts,
  };
}

const typenameOf = (value: unknown) => (value as { __typename?: string } | null)?.__typename;

export const bareHello = (connections: number) =>
  anonymous(
    "bare Apollo+Fastify { hello }",
    "bare",
    "{ hello }",
    (d) => d.hello === "world",
    connections,
  );

export const typename = (connections: number) =>
  anonymous(
    "{ __typename }",
    "product",
    "{ __typename }",
    (d) => d.__typename === "Query",
    connections,
  );

export const serviceStatus = (connections: number) =>
  anonymous(
    "serviceStatus",
    "product",
    ServiceStatusDocument.toString(),
    (d) => d.serviceStatus != null,
    connections,
  );

export const me = (customers: readonly SignedInCustomer[], connections: number) =>
  signedIn(
    "me",
    customers,
    connections,
    () => ({ query: MeDocument.toString() }),
    (d) => d.me != null,
  );

/** `contracts` for customers who each hold `expected` contracts; a shorter list is a failure (e.g. no session). */
export const contracts = (
  customers: readonly SignedInCustomer[],
  expected: number,
  connections: number,
  name?: string,
) =>
  signedIn(
    name ?? `contracts (${expected} per customer)`,
    customers,
    connections,
    () => ({ query: ContractsDocument.toString() }),
    (d) => Array.isArray(d.contracts) && d.contracts.length === expected,
  );

export const renewalQuote = (customers: readonly SignedInCustomer[], connections: number) =>
  signedIn(
    "renewalQuote",
    customers,
    connections,
    (c) => ({
      query: RenewalQuoteDocument.toString(),
      variables: { contractId: c.renewableContractId },
    }),
    (d) => typenameOf(d.renewalQuote) === "RenewalQuote",
  );

/** `login` with the right password, rotating over the customers; a LoginFailed answer is a failure. */
export function login(customers: readonly BenchCustomer[], connections: number): Scenario {
  const nextCustomer = rotating(customers);
  return {
    name: "login",
    server: "product",
    connections,
    // 30 logins at once on 2 cores: the first answers come after about 30 / (argon2 verifications/s).
    minSeconds: 10,
    next() {
      const input = {
        userId: nextCustomer().userId,
        password: BENCH_PASSWORD,
        tokenDelivery: "BEARER",
      };
      return {
        body: JSON.stringify({ query: LoginDocument.toString(), variables: { input } }),
        headers: JSON_HEADERS,
      };
    },
    accepts: (d) => typenameOf(d.login) === "SignedIn",
  };
}
