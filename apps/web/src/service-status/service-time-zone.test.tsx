import type { ServiceStatusQuery } from "@cws/client/gql";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { anonymousAnswer } from "../testing/account-fixtures.ts";
import {
  closedAnswer,
  fakeServer,
  openAnswer,
  testBranding,
  type FakeAnswer,
} from "../testing/fake-server.ts";
import { renderApp } from "../testing/render-app.tsx";
import { renderAppAt } from "../testing/render-app-at.tsx";

/** The same start-up answer from a service configured with SERVICE_TIME_ZONE=America/New_York. */
function inNewYork(answer: FakeAnswer): FakeAnswer {
  const { data } = answer.body as { data: ServiceStatusQuery };
  return {
    body: { data: { ...data, branding: { ...testBranding, timeZone: "America/New_York" } } },
  };
}

describe("dates in the service's time zone", () => {
  it("shows the service hours in the zone the API names, not in Japan time", async () => {
    renderAppAt(
      fakeServer({ ServiceStatus: [inNewYork(openAnswer)], Me: [anonymousAnswer] }).client,
      "/login",
    );

    // The window 2026-11-29T17:00Z–19:00Z is Sunday 12:00–14:00 in New York (Monday 02:00–04:00 in Japan).
    expect(
      await screen.findByText("ご利用可能時間は毎週日曜日PM0時からPM2時を除く全日です。"),
    ).toBeTruthy();
    expect(screen.getByText("2026年11月29日 12:00")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "English" }));
    const sentence =
      "The service is available at all times except every Sunday from 12:00 PM to 2:00 PM (America/New_York).";
    expect(await screen.findByText(sentence)).toBeTruthy();
    expect(screen.getByText("2026-11-29 12:00 (America/New_York)")).toBeTruthy();
  });

  it("shows the reopening time of the maintenance page in the zone the API names", async () => {
    renderApp(fakeServer({ ServiceStatus: [inNewYork(closedAnswer)] }).client, "/");

    await screen.findByRole("heading", { level: 1, name: "ただいまメンテナンス中です" });
    // 2026-11-29T19:00Z is 14:00 on the 29th in New York.
    expect(screen.getByText("2026年11月29日 14:00")).toBeTruthy();
  });
});
