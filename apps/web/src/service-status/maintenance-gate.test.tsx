import { ServiceStatusDocument } from "@cws/client/gql";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ClientProvider, useClient } from "../api/client-context.tsx";
import { LanguageProvider } from "../i18n/language-provider.tsx";
import {
  closedAnswer,
  fakeServer,
  maintenanceErrorAnswer,
  openAnswer,
} from "../testing/fake-server.ts";
import { renderApp } from "../testing/render-app.tsx";
import { MaintenanceGate } from "./maintenance-gate.tsx";
import { ServiceStatusProvider } from "./service-status-provider.tsx";

/** Stands in for a later screen that sends a request while the customer is on it. */
function Screen() {
  const client = useClient();
  return (
    <button type="button" onClick={() => client.execute(ServiceStatusDocument).catch(() => {})}>
      送信
    </button>
  );
}

describe("the maintenance page", () => {
  it(
    "replaces the screens while the status says the service " +
      "is closed, with the reopening time in Japan time",
    async () => {
      const { client } = fakeServer({ ServiceStatus: [closedAnswer] });
      renderApp(client, "/");

      expect(
        await screen.findByRole("heading", { level: 1, name: "ただいまメンテナンス中です" }),
      ).toBeTruthy();
      expect(
        screen.getByText("ただいまメンテナンス中です。2026年11月30日 4:00に再開します。"),
      ).toBeTruthy();
      // 2026-11-29T19:00Z is 04:00 on the 30th in Japan.
      expect(screen.getByText("2026年11月30日 04:00")).toBeTruthy();
      expect(screen.queryByRole("link", { name: "ご継続のお手続きはこちら" })).toBeNull();
    },
  );

  it("is not shown while the service is open", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/");

    await screen.findByRole("link", { name: "ご継続のお手続きはこちら" });
    expect(screen.queryByRole("heading", { name: "ただいまメンテナンス中です" })).toBeNull();
  });

  it("appears when any request is refused for maintenance, even though the status said open", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer, maintenanceErrorAnswer] });
    render(
      <LanguageProvider>
        <ClientProvider client={client}>
          <ServiceStatusProvider>
            <MaintenanceGate>
              <Screen />
            </MaintenanceGate>
          </ServiceStatusProvider>
        </ClientProvider>
      </LanguageProvider>,
    );

    await userEvent.click(await screen.findByRole("button", { name: "送信" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "ただいまメンテナンス中です" }),
    ).toBeTruthy();
    expect(screen.getByText("2026年11月30日 04:00")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "送信" })).toBeNull();
  });
});
