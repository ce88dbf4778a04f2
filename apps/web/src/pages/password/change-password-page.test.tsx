import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  anonymousAnswer,
  meAnswer,
  noContractsAnswer,
  passwordChangedAnswer,
  recordingClient,
  temporaryPasswordCustomer,
  unauthenticatedAnswer,
  validationFailedAnswer,
} from "../../testing/account-fixtures.ts";
import {
  fakeServer,
  openAnswer,
  openAnswerWith,
  type FakeAnswer,
} from "../../testing/fake-server.ts";
import { renderAppAt } from "../../testing/render-app-at.tsx";

const server = (answers: Record<string, FakeAnswer[]>) =>
  recordingClient(
    fakeServer({ ServiceStatus: [openAnswer], Contracts: [noContractsAnswer], ...answers }).client,
  );

async function choose(password: string) {
  await userEvent.type(await screen.findByLabelText("新しいパスワード"), password);
  await userEvent.type(screen.getByLabelText("新しいパスワード（確認）"), password);
  await userEvent.click(screen.getByRole("button", { name: "変更する" }));
}

describe("changing the password", () => {
  it("after a temporary password asks only for the new one, then goes home", async () => {
    const { client, sent } = server({
      Me: [meAnswer(temporaryPasswordCustomer)],
      ChangePassword: [passwordChangedAnswer()],
    });
    const { location } = renderAppAt(client, "/password/change");

    expect(
      await screen.findByText(
        "仮パスワードでログインしています。お手続きを続けるには、新しいパスワードを設定してください。",
      ),
    ).toBeTruthy();
    expect(screen.queryByLabelText("現在のパスワード")).toBeNull();
    await choose("Fresh-Pass42");

    await waitFor(() => expect(location()).toBe("/home"));
    expect(sent.find((s) => s.operation === "ChangePassword")?.variables).toEqual({
      currentPassword: null,
      newPassword: "Fresh-Pass42",
    });
  });

  it("after an ordinary change says so on the page, with the heading focused, and ホームへ leads home", async () => {
    const { client, sent } = server({
      Me: [meAnswer()],
      ChangePassword: [passwordChangedAnswer()],
    });
    const { location } = renderAppAt(client, "/password/change");
    await userEvent.type(await screen.findByLabelText("現在のパスワード"), "Old-Pass42");

    await choose("Fresh-Pass42");

    expect((await screen.findByRole("status")).textContent).toBe("パスワードを変更しました。");
    expect(location()).toBe("/password/change");
    expect(document.activeElement).toBe(
      screen.getByRole("heading", { level: 1, name: "パスワードの変更" }),
    );
    expect(screen.queryByLabelText("新しいパスワード")).toBeNull();
    expect(sent.find((s) => s.operation === "ChangePassword")?.variables).toEqual({
      currentPassword: "Old-Pass42",
      newPassword: "Fresh-Pass42",
    });

    await userEvent.click(screen.getByRole("link", { name: "ホームへ" }));
    await waitFor(() => expect(location()).toBe("/home"));
  });

  it("refuses a password equal to the user ID before asking the server", async () => {
    const { client, sent } = server({ Me: [meAnswer(temporaryPasswordCustomer)] });
    renderAppAt(client, "/password/change");

    await choose("taro@example.com");

    expect((await screen.findByRole("alert")).textContent).toContain(
      "ユーザーID・メールアドレス・生年月日と同じパスワードは使用できません。",
    );
    expect(sent.map((s) => s.operation)).not.toContain("ChangePassword");
  });

  it("otherwise needs the current password, and shows the server's verdict on it next to the field", async () => {
    const wrong = validationFailedAnswer("changePassword", [
      {
        field: "currentPassword",
        code: "CURRENT_PASSWORD_WRONG",
        ja: "現在のパスワードが正しくありません。",
        en: "Wrong.",
      },
    ]);
    const { client, sent } = server({ Me: [meAnswer()], ChangePassword: [wrong] });
    renderAppAt(client, "/password/change");
    expect(await screen.findByText(/現在のパスワードと新しいパスワードを入力して/)).toBeTruthy();

    await choose("Fresh-Pass42");
    expect((await screen.findByRole("alert")).textContent).toContain(
      "現在のパスワードを入力してください。",
    );
    expect(sent.map((s) => s.operation)).not.toContain("ChangePassword");

    await userEvent.type(screen.getByLabelText("現在のパスワード"), "Old-Pass42");
    await userEvent.click(screen.getByRole("button", { name: "変更する" }));

    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toContain(
        "現在のパスワードが正しくありません。",
      ),
    );
    expect(screen.getByLabelText("現在のパスワード").getAttribute("aria-invalid")).toBe("true");
    expect(sent.find((s) => s.operation === "ChangePassword")?.variables).toEqual({
      currentPassword: "Old-Pass42",
      newPassword: "Fresh-Pass42",
    });
  });

  it("checks the minimum the server is configured with (12 here), live and before sending", async () => {
    const { client, sent } = server({
      ServiceStatus: [openAnswerWith({ minLength: 12, maxLength: 128 })],
      Me: [meAnswer(temporaryPasswordCustomer)],
    });
    renderAppAt(client, "/password/change");
    const password = await screen.findByLabelText("新しいパスワード");
    const rules = document.getElementById(
      password
        .getAttribute("aria-describedby")
        ?.split(" ")
        .find((id) => id.endsWith("-rules")) ?? "",
    ) as HTMLElement;
    const rule = () =>
      within(rules)
        .getByText("パスワードは12文字以上で入力してください。")
        .closest("li") as HTMLElement;
    expect(within(rules).queryByText(/8文字以上/)).toBeNull();

    // 11 characters: enough for the default of 8, not for this server.
    await choose("Fresh-Pass4");
    expect(rule().dataset.ok).toBe("false");
    expect((await screen.findByRole("alert")).textContent).toContain(
      "パスワードは12文字以上で入力してください。",
    );
    expect(sent.map((s) => s.operation)).not.toContain("ChangePassword");

    await userEvent.type(password, "2");
    expect(rule().dataset.ok).toBe("true");
  });

  it("sends the customer to log in again when the session has ended meanwhile", async () => {
    const { client } = server({ Me: [meAnswer()], ChangePassword: [unauthenticatedAnswer] });
    const { location } = renderAppAt(client, "/password/change");
    await userEvent.type(await screen.findByLabelText("現在のパスワード"), "Old-Pass42");

    await choose("Fresh-Pass42");

    await waitFor(() => expect(location()).toBe("/login"));
    expect(await screen.findByRole("button", { name: "ログイン" })).toBeTruthy();
  });

  it("sends an anonymous visitor to the login page", async () => {
    const { client } = server({ Me: [anonymousAnswer] });
    const { location } = renderAppAt(client, "/password/change");

    await waitFor(() => expect(location()).toBe("/login"));
  });
});
