import type { GraphQLClient } from "@cws/client";
import { ServiceStatusDocument, type ServiceStatusQuery } from "@cws/client/gql";

const loads = new WeakMap<GraphQLClient, Promise<ServiceStatusQuery>>();

/**
 * Loads the status and branding once per client: React's development mode mounts twice,
 * and the answer does not change while the page is open (a reload asks again).
 */
export function loadServiceStatus(
  client: GraphQLClient,
  { fresh = false } = {},
): Promise<ServiceStatusQuery> {
  let load = loads.get(client);
  if (!load || fresh) {
    load = client.execute(ServiceStatusDocument);
    loads.set(client, load);
  }
  return load;
}
