import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { anonymousAnswer, meAnswer, recordingClient } from "../testing/account-fixtures.ts";
import { fakeServer, openAnswer, testBranding } from "../testing/fake-server.ts";
import { renderApp } from "../testing/render-app.tsx";

const clearCookie = () => {
  document.cookie = "cws_lang=; Path=/; Max-Age=0";
};

afterEach(() => {
  clearCookie();
  window.history.replaceState(null, "", "/");
});

const englishHeading = () =>
  screen.findByRole("heading", { level: 1, name: "Renewing your auto insurance online" });

describe("the language choice, kept", () => {
  it("is written to a cookie the server reads, as well as to local storage", async () => {
    renderApp(fakeServer({ ServiceStatus: [openAnswer] }).client, "/");
    await userEvent.click(await screen.findByRole("button", { name: "English" }));
    expect(document.cookie).toContain("cws_lang=en");
    expect(localStorage.getItem("cws.language")).toBe("en");
  });

  it("follows a mailed link's ?lang=en, and takes the parameter out of the address", async () => {
    window.history.replaceState(null, "", "/?lang=en#tok_abc");
    renderApp(fakeServer({ ServiceStatus: [openAnswer] }).client, "/");
    expect(await englishHeading()).toBeTruthy();
    expect(window.location.search).toBe("");
    expect(window.location.hash).toBe("#tok_abc");
    expect(document.cookie).toContain("cws_lang=en");
  });

  it("is read back from the cookie when local storage has nothing", async () => {
    document.cookie = "cws_lang=en; Path=/";
    renderApp(fakeServer({ ServiceStatus: [openAnswer] }).client, "/");
    expect(await englishHeading()).toBeTruthy();
  });

  it("shows the insurer, agency and desk in English on English screens", async () => {
    renderApp(fakeServer({ ServiceStatus: [openAnswer] }).client, "/");
    await userEvent.click(await screen.findByRole("button", { name: "English" }));
    await englishHeading();
    const text = document.body.textContent ?? "";
    for (const japanese of [
      testBranding.insurerName,
      testBranding.agencyName,
      testBranding.desk.name,
      testBranding.desk.hours,
    ])
      expect(text).not.toContain(japanese);
    expect(within(screen.getByRole("banner")).getByText(testBranding.en.insurerName)).toBeTruthy();
  });

  it("shows the contact desk's name and hours in English beside the login form", async () => {
    localStorage.setItem("cws.language", "en");
    renderApp(fakeServer({ ServiceStatus: [openAnswer], Me: [anonymousAnswer] }).client, "/login");
    const desk = await screen.findByRole("complementary", { name: "Contact us" });
    expect(within(desk).getByText(testBranding.en.insurerName)).toBeTruthy();
    expect(within(desk).getByText(testBranding.en.desk.name)).toBeTruthy();
    expect(within(desk).getByText(testBranding.en.desk.hours)).toBeTruthy();
    expect(within(desk).getByText(testBranding.desk.phone)).toBeTruthy();
    expect(desk.textContent).not.toContain(testBranding.desk.hours);
  });

  it("tells the server the language of a signed-in customer once, not on every page", async () => {
    const { client, sent } = recordingClient(
      fakeServer({
        ServiceStatus: [openAnswer, openAnswer],
        Me: [meAnswer(), meAnswer()],
        SetLanguage: [{ body: { data: { setLanguage: "en" } } }],
      }).client,
    );
    localStorage.setItem("cws.language", "en");
    const { unmount } = renderApp(client, "/");
    await englishHeading();
    await screen.findByRole("button", { name: "Log out" });
    const calls = () => sent.filter((s) => s.operation === "SetLanguage");
    await waitFor(() => expect(calls().map((s) => s.variables)).toEqual([{ language: "en" }]));
    unmount();
    // The next page load of the same customer in the same language asks nothing.
    renderApp(client, "/");
    await englishHeading();
    await screen.findByRole("button", { name: "Log out" });
    expect(calls()).toHaveLength(1);
  });

  it("does not call the server for a visitor", async () => {
    const { client, sent } = recordingClient(
      fakeServer({ ServiceStatus: [openAnswer], Me: [anonymousAnswer] }).client,
    );
    renderApp(client, "/");
    await userEvent.click(await screen.findByRole("button", { name: "English" }));
    await englishHeading();
    expect(sent.map((s) => s.operation)).not.toContain("SetLanguage");
  });
});
