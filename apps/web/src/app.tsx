import type { GraphQLClient } from "@cws/client";
import { AppRoutes } from "./app-routes.tsx";
import { ClientProvider } from "./api/client-context.tsx";
import { AccountLanguageSync } from "./i18n/account-language-sync.tsx";
import { LanguageProvider } from "./i18n/language-provider.tsx";
import { AppLayout } from "./layout/app-layout.tsx";
import { MaintenanceGate } from "./service-status/maintenance-gate.tsx";
import { ServiceStatusProvider } from "./service-status/service-status-provider.tsx";
import { SessionProvider } from "./session/session-provider.tsx";

/**
 * The whole app inside a router. The client is passed in, so tests can answer for the
 * server; the router is too (a browser router in main.tsx, a memory router in tests).
 */
export function App({ client }: { client: GraphQLClient }) {
  return (
    <LanguageProvider>
      <ClientProvider client={client}>
        <ServiceStatusProvider>
          <SessionProvider>
            <AccountLanguageSync />
            <AppLayout>
              <MaintenanceGate>
                <AppRoutes />
              </MaintenanceGate>
            </AppLayout>
          </SessionProvider>
        </ServiceStatusProvider>
      </ClientProvider>
    </LanguageProvider>
  );
}
