import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  anonymousAnswer,
  keywordAcceptedAnswer,
  linkAnswer,
  recordingClient,
  resetCommittedAnswer,
  resetFormAnswer,
  resetFormGoneAnswer,
  resetPreviewAnswer,
  testCustomer,
  validationFailedAnswer,
} from "../../testing/account-fixtures.ts";
import { fakeServer, openAnswer, type FakeAnswer } from "../../testing/fake-server.ts";
import { holdAnswers } from "../../testing/held-answers.ts";
import { submitAndExpectHeld } from "../../testing/review-step-held.ts";
import { renderAppAt } from "../../testing/render-app-at.tsx";

const newCustomer = { ...testCustomer, userId: "new@example.com", email: "new@example.com" };

function server(extra: Record<string, FakeAnswer[]>) {
  return recordingClient(
    fakeServer({
      ServiceStatus: [openAnswer],
      Me: [anonymousAnswer],
      VerificationLink: [linkAnswer("VALID", "CREDENTIAL_RESET")],
      VerifyKeyword: [keywordAcceptedAnswer("CREDENTIAL_RESET")],
      CredentialResetForm: [resetFormAnswer],
      ...extra,
    }).client,
  );
}

async function passKeyword() {
  await userEvent.type(await screen.findByRole("textbox", { name: "キーワード" }), "1234567890");
  await userEvent.click(screen.getByRole("button", { name: "次へ" }));
  await screen.findByRole("heading", { level: 1, name: "設定情報の変更" });
}

describe("resetting the settings after the recovery keyword", () => {
  it("shows the details read-only, previews the change, and applies it on 確定", async () => {
    const { client, sent } = server({
      CompleteCredentialReset: [resetPreviewAnswer(["email"]), resetCommittedAnswer(newCustomer)],
    });
    renderAppAt(client, "/link#token-1");
    await passKeyword();

    expect(screen.getByText("1. 設定情報の入力")).toBeTruthy();
    expect(screen.getByText("見本 太郎")).toBeTruthy();
    expect(screen.getByText("ミホン タロウ")).toBeTruthy();
    expect(screen.getByText("1985年10月01日")).toBeTruthy();
    expect(screen.getByText("taro-1985")).toBeTruthy();
    const email = screen.getByRole("textbox", {
      name: "メールアドレス",
    }) as HTMLInputElement;
    expect(email.value).toBe("old@example.com");
    expect((screen.getByRole("radio", { name: "希望する" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByText(/設定・変更内容が反映されるまで/)).toBeTruthy();

    await userEvent.clear(email);
    await userEvent.type(email, "new@example.com");
    await userEvent.click(screen.getByRole("button", { name: "次へ" }));

    expect(await screen.findByRole("heading", { level: 2, name: "変更内容の確認" })).toBeTruthy();
    expect(sent.filter((s) => s.operation === "CompleteCredentialReset")[0]?.variables).toEqual({
      input: {
        stepToken: "step-token-1",
        userId: null,
        email: "new@example.com",
        password: null,
        mailOptIn: true,
        commit: false,
      },
    });
    const emailRow = screen.getByText("new@example.com").closest("dd") as HTMLElement;
    expect(within(emailRow).getByText("変更あり")).toBeTruthy();
    expect(screen.getByText("変更しません")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "確定" }));

    expect(await screen.findByText("お客さまの設定情報を変更しました。")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "完了" })).toBeTruthy();
    expect(
      sent.filter((s) => s.operation === "CompleteCredentialReset")[1]?.variables,
    ).toMatchObject({ input: { commit: true, email: "new@example.com" } });
    expect(screen.getByRole("link", { name: "ホームへ" }).getAttribute("href")).toBe("/home");
    expect(
      within(screen.getByRole("banner")).getByRole("button", { name: "ログアウト" }),
    ).toBeTruthy();
  });

  it("keeps the user ID by default, or sends the new one chosen, and names the one that will work", async () => {
    const chosen = { ...testCustomer, userId: "hanako-2026", email: "old@example.com" };
    const { client, sent } = server({
      CompleteCredentialReset: [
        resetPreviewAnswer(["userId"], "hanako-2026"),
        resetCommittedAnswer(chosen),
      ],
    });
    renderAppAt(client, "/link#token-1");
    await passKeyword();

    const keep = screen.getByRole("radio", { name: "現在のユーザーID(taro-1985)のまま" });
    expect((keep as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole("textbox", { name: "新しいユーザーID" })).toBeNull();
    await userEvent.click(screen.getByRole("radio", { name: "新しいユーザーIDを指定する" }));
    const userId = screen.getByRole("textbox", { name: "新しいユーザーID" });
    // Checked in the browser first, with the registration's rules.
    await userEvent.type(userId, "花子");
    await userEvent.click(screen.getByRole("button", { name: "次へ" }));
    expect((await screen.findByRole("alert")).textContent).toContain("ユーザーID");
    expect(sent.map((s) => s.operation)).not.toContain("CompleteCredentialReset");

    await userEvent.clear(userId);
    await userEvent.type(userId, "hanako-2026");
    await userEvent.click(screen.getByRole("button", { name: "次へ" }));
    await screen.findByRole("heading", { level: 2, name: "変更内容の確認" });
    expect(sent.find((s) => s.operation === "CompleteCredentialReset")?.variables).toMatchObject({
      input: { userId: "hanako-2026", commit: false },
    });
    const row = screen.getByText("hanako-2026").closest("dd") as HTMLElement;
    expect(within(row).getByText("変更あり")).toBeTruthy();
    expect(
      screen.getByText(/ご登録のメールアドレス\(old@example.com\)でもログインできます/),
    ).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "確定" }));
    expect(await screen.findByText("お客さまの設定情報を変更しました。")).toBeTruthy();
    expect(screen.getByText("ログインにご利用いただくユーザーID")).toBeTruthy();
    expect(screen.getByText("hanako-2026")).toBeTruthy();
  });

  it("keeps the input when going back from the confirmation", async () => {
    const { client } = server({ CompleteCredentialReset: [resetPreviewAnswer(["mailOptIn"])] });
    renderAppAt(client, "/link#token-1");
    await passKeyword();
    await userEvent.click(screen.getByRole("radio", { name: "希望しない" }));
    await userEvent.click(screen.getByRole("button", { name: "次へ" }));
    await screen.findByRole("heading", { level: 2, name: "変更内容の確認" });

    await userEvent.click(screen.getByRole("button", { name: "戻る" }));

    expect(
      ((await screen.findByRole("radio", { name: "希望しない" })) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it("returns to the input with the server's errors when the preview is refused", async () => {
    const taken = validationFailedAnswer("completeCredentialReset", [
      {
        field: "email",
        code: "EMAIL_UNAVAILABLE",
        ja: "このメールアドレスはユーザーIDとしてご利用いただけません。",
        en: "Unavailable.",
      },
    ]);
    const { client } = server({ CompleteCredentialReset: [taken] });
    renderAppAt(client, "/link#token-1");
    await passKeyword();

    await userEvent.click(screen.getByRole("button", { name: "次へ" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "このメールアドレスはユーザーIDとしてご利用いただけません。",
    );
    expect(
      screen.getByRole("textbox", { name: "メールアドレス" }).getAttribute("aria-invalid"),
    ).toBe("true");
  });

  it("checks a new password against the rules before asking the server", async () => {
    const { client, sent } = server({});
    renderAppAt(client, "/link#token-1");
    await passKeyword();

    await userEvent.type(screen.getByLabelText("パスワード"), "password");
    await userEvent.type(screen.getByLabelText("パスワード（確認）"), "password");
    await userEvent.click(screen.getByRole("button", { name: "次へ" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("英大文字と英小文字をそれぞれ1文字以上含めてください。");
    expect(sent.map((s) => s.operation)).not.toContain("CompleteCredentialReset");
  });

  it("says to start again when the step can no longer be used", async () => {
    const { client } = server({ CredentialResetForm: [resetFormGoneAnswer] });
    renderAppAt(client, "/link#token-1");
    await userEvent.type(await screen.findByRole("textbox", { name: "キーワード" }), "1234567890");
    await userEvent.click(screen.getByRole("button", { name: "次へ" }));

    expect((await screen.findByRole("alert")).textContent).toContain("最初からお手続きください。");
    expect(
      screen
        .getByRole("link", { name: "ユーザーID・パスワード再登録を最初からやり直す" })
        .getAttribute("href"),
    ).toBe("/forgot");
  });

  it("keeps 戻る and 確定 busy on the confirmation while the change is being applied", async () => {
    const answers = [resetPreviewAnswer(["mailOptIn"]), resetCommittedAnswer(testCustomer)];
    const { client, hold } = holdAnswers(
      server({ CompleteCredentialReset: answers }).client,
      "CompleteCredentialReset",
    );
    renderAppAt(client, "/link#token-1");
    await passKeyword();
    await userEvent.click(screen.getByRole("radio", { name: "希望しない" }));
    await userEvent.click(screen.getByRole("button", { name: "次へ" }));
    await screen.findByRole("heading", { level: 2, name: "変更内容の確認" });

    const release = await submitAndExpectHeld(hold, "確定", "変更内容の確認");

    release();
    expect(await screen.findByText("お客さまの設定情報を変更しました。")).toBeTruthy();
  });
});
