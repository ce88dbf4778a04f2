import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  anonymousAnswer,
  keywordAcceptedAnswer,
  linkAnswer,
  recordingClient,
  resetFormAnswer,
} from "../../testing/account-fixtures.ts";
import { fakeServer, openAnswer } from "../../testing/fake-server.ts";
import { renderAppAt } from "../../testing/render-app-at.tsx";

function server() {
  return recordingClient(
    fakeServer({
      ServiceStatus: [openAnswer],
      Me: [anonymousAnswer],
      VerificationLink: [linkAnswer("VALID", "CREDENTIAL_RESET")],
      VerifyKeyword: [keywordAcceptedAnswer("CREDENTIAL_RESET")],
      CredentialResetForm: [resetFormAnswer],
    }).client,
  );
}

describe("the recovery keyword on the link page", () => {
  it.each([
    ["as shown, with the space", "12345 67890"],
    ["in full-width digits", "１２３４５６７８９０"],
  ])("is accepted %s and sent as ten digits", async (_how, typed) => {
    const { client, sent } = server();
    renderAppAt(client, "/link#token-1");
    const field = await screen.findByRole("textbox", { name: "キーワード" });
    expect(field.getAttribute("aria-describedby")).toBeTruthy();
    expect(screen.getByText(/間のスペースはあってもなくてもかまいません/)).toBeTruthy();

    await userEvent.type(field, typed);
    await userEvent.click(screen.getByRole("button", { name: "次へ" }));

    await screen.findByRole("heading", { level: 1, name: "設定情報の変更" });
    expect(sent.find((s) => s.operation === "VerifyKeyword")?.variables).toMatchObject({
      keyword: "1234567890",
    });
  });
});
