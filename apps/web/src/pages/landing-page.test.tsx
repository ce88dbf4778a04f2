import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeServer, openAnswer } from "../testing/fake-server.ts";
import { renderApp } from "../testing/render-app.tsx";

describe("the agency landing page", () => {
  it("offers the entry to online renewal, which opens the login page", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/");

    const entry = await screen.findByRole("link", { name: "ご継続のお手続きはこちら" });
    expect(entry.getAttribute("href")).toBe("/login");

    await userEvent.click(entry);
    expect(
      await screen.findByRole("heading", { level: 1, name: "お客さまWebサービス ログイン" }),
    ).toBeTruthy();
  });

  it("shows the insurer and agency names from the configuration the server sends", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/");

    const banner = await screen.findByRole("banner");
    expect(
      within(banner).getByRole("link", {
        name: "テスト保険代理店 テスト損害保険 お客さまWebサービス",
      }),
    ).toBeTruthy();
    // The header shows the agency's logo, named by the agency.
    expect(within(banner).getByRole("img", { name: "テスト保険代理店" }).getAttribute("src")).toBe(
      "/logo.svg",
    );
    expect(screen.getByText("テスト保険代理店からのご案内")).toBeTruthy();
    expect(screen.getByText("テスト損害保険 団体版 自動車保険")).toBeTruthy();
  });

  it("shows the agency's logo, named for those who cannot see it", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/");

    const logo = await within(screen.getByRole("main")).findByRole("img", {
      name: "テスト保険代理店",
    });
    expect(logo.getAttribute("src")).toBe("/logo.svg");
  });

  it("links the usage guide's pages, which open in the app", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/");

    const guides = within(await screen.findByRole("region", { name: /ご利用ガイド/ }));
    expect(
      guides.getAllByRole("listitem").map((item) => item.querySelector("a")?.getAttribute("href")),
    ).toEqual(["/guide/registration", "/guide/reset", "/guide/renewal", "/guide"]);
    expect(screen.queryByText("準備中")).toBeNull();

    await userEvent.click(guides.getByRole("link", { name: "継続手続の流れ" }));
    expect(await screen.findByRole("heading", { level: 1, name: "継続手続の流れ" })).toBeTruthy();
  });
});
