import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeServer, openAnswer, testBranding } from "../testing/fake-server.ts";
import { renderApp } from "../testing/render-app.tsx";

describe("the login page placeholder", () => {
  it("states the service hours worked out from the next maintenance window, in Japan time", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/login");

    // The window starts 2026-11-29T17:00Z, which is Monday 02:00 in Japan.
    expect(await screen.findByText("ご利用可能時間は、毎週月曜日AM2時からのメンテナンス時間を除く全日です。")).toBeTruthy();
    expect(screen.getByText("2026年11月30日 02:00")).toBeTruthy();
  });

  it("says login is not available yet and shows no form that could not log anyone in", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/login");

    expect(await screen.findByText(/現在はまだログインできません/)).toBeTruthy();
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.queryByRole("button", { name: "ログイン" })).toBeNull();
  });

  it("shows the contact desk from the configuration beside the content", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/login");

    const box = await screen.findByRole("complementary", { name: "お問い合わせ" });
    expect(box.textContent).toContain(testBranding.desk.name);
    expect(box.textContent).toContain(testBranding.desk.hours);
    expect(screen.getByRole("link", { name: "0120-111-222" }).getAttribute("href")).toBe("tel:0120111222");
  });
});
