import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { brokenAnswer, fakeServer, openAnswer } from "./testing/fake-server.ts";
import { renderApp } from "./testing/render-app.tsx";

describe("the app shell", () => {
  it("asks the server for the status once, even though StrictMode mounts twice", async () => {
    const { client, requests } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/");

    await screen.findByRole("link", { name: "ご継続のお手続きはこちら" });
    expect(requests.filter((name) => name === "ServiceStatus")).toEqual(["ServiceStatus"]);
  });

  it("answers an unknown address with the not-found page", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/no-such-page");

    expect(
      await screen.findByRole("heading", { level: 1, name: "ページが見つかりません" }),
    ).toBeTruthy();
  });

  it("says so when the status cannot be loaded, and recovers on reload", async () => {
    const { client } = fakeServer({ ServiceStatus: [brokenAnswer, openAnswer] });
    renderApp(client, "/");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("サービスの状態を確認できませんでした");
    // The landing page needs nothing from the server, so it stays usable.
    expect(screen.getByRole("link", { name: "ご継続のお手続きはこちら" })).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "再読み込み" }));
    expect(await screen.findByText("テスト損害保険")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
