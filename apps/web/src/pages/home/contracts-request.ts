import type { GraphQLClient } from "@cws/client";
import { ContractsDocument, type ContractsQuery } from "@cws/client/gql";

/**
 * The contracts request of the home page, started by the route (in the first download, beside
 * the `me` request) before the page's own code has arrived, so the two requests go out
 * together instead of one after the other. The page takes it once; a reload asks afresh.
 */
let started: { client: GraphQLClient; promise: Promise<ContractsQuery> } | null = null;

/** Starts the request for a visit of the home page; a later visit replaces an unused one. */
export function startContractsRequest(client: GraphQLClient): void {
  const promise = client.execute(ContractsDocument);
  // Nobody may take it (an anonymous visitor is sent to the login page): that is no error.
  promise.catch(() => {});
  started = { client, promise };
}

/** The contracts: the request the route started for this visit if there is one, else a new one. */
export function takeContractsRequest(client: GraphQLClient): Promise<ContractsQuery> {
  const request = started?.client === client ? started.promise : null;
  started = null;
  return request ?? client.execute(ContractsDocument);
}
