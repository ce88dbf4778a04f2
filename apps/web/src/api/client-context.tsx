import type { GraphQLClient } from "@cws/client";
import { createContext, use, type ReactNode } from "react";

const ClientContext = createContext<GraphQLClient | null>(null);

/** Makes a client available to the screens; tests inject one that answers without a server. */
export function ClientProvider({
  client,
  children,
}: {
  client: GraphQLClient;
  children: ReactNode;
}) {
  return <ClientContext value={client}>{children}</ClientContext>;
}

/** The client the screens talk to the server through. */
export function useClient(): GraphQLClient {
  const client = use(ClientContext);
  if (!client) throw new Error("useClient() needs a <ClientProvider> above it");
  return client;
}
