import { createClient, type GraphQLClient } from "@cws/client";

/**
 * The browser's client. Same origin as the page (the server serves this build, and Vite
 * proxies in development), so the session cookie travels without any CORS set-up.
 */
export function createApiClient(): GraphQLClient {
  return createClient({ url: "/graphql" });
}
