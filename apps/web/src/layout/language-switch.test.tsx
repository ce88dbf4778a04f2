import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { meAnswer } from "../testing/contract-fixtures.ts";
import { closedAnswer, fakeServer, openAnswer } from "../testing/fake-server.ts";
import { renderApp } from "../testing/render-app.tsx";

describe("the language switch", () => {
  it("shows Japanese by default and switches the visible text and the lang attribute to English", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer] });
    renderApp(client, "/");

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "インターネットからの自動車保険更新のお手続き",
      }),
    ).toBeTruthy();
    expect(document.documentElement.lang).toBe("ja");

    await userEvent.click(screen.getByRole("button", { name: "English" }));

    expect(
      screen.getByRole("heading", { level: 1, name: "Renewing your auto insurance online" }),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Renew your contract" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect(document.documentElement.lang).toBe("en");
  });

  it("marks the language in use as pressed and the other not, in a group apart from ログアウト", async () => {
    const { client } = fakeServer({ ServiceStatus: [openAnswer], Me: [meAnswer] });
    renderApp(client, "/");
    const group = await screen.findByRole("group", { name: "表示言語" });
    const pressed = () =>
      within(group)
        .getAllByRole("button")
        .map((b) => [b.textContent, b.getAttribute("aria-pressed")]);
    expect(pressed()).toEqual([
      ["日本語", "true"],
      ["English", "false"],
    ]);
    const logout = await screen.findByRole("button", { name: "ログアウト" });
    expect(group.contains(logout)).toBe(false);
    expect(logout.hasAttribute("aria-pressed")).toBe(false);

    await userEvent.click(within(group).getByRole("button", { name: "English" }));
    expect(pressed()).toEqual([
      ["日本語", "false"],
      ["English", "true"],
    ]);
  });

  it("remembers the choice for the next visit", async () => {
    const first = fakeServer({ ServiceStatus: [openAnswer] });
    const { unmount } = renderApp(first.client, "/");
    await userEvent.click(await screen.findByRole("button", { name: "English" }));
    unmount();

    renderApp(fakeServer({ ServiceStatus: [openAnswer] }).client, "/");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Renewing your auto insurance online" }),
    ).toBeTruthy();
  });

  it("shows the server's English maintenance message in English", async () => {
    const { client } = fakeServer({ ServiceStatus: [closedAnswer] });
    renderApp(client, "/");
    await userEvent.click(await screen.findByRole("button", { name: "English" }));

    expect(
      screen.getByText(
        "The service is closed for maintenance and reopens at 2026-11-30 04:00 (Japan time).",
      ),
    ).toBeTruthy();
    expect(screen.getByText("2026-11-30 04:00 (Japan time)")).toBeTruthy();
  });
});
