import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  anonymousAnswer,
  loggedOutAnswer,
  loginFailedAnswer,
  meAnswer,
  noContractsAnswer,
  recordingClient,
  signedInAnswer,
  temporaryPasswordCustomer,
  validationFailedAnswer,
} from "../testing/account-fixtures.ts";
import { fakeServer, openAnswer, testBranding } from "../testing/fake-server.ts";
import { renderAppAt } from "../testing/render-app-at.tsx";

const base = { ServiceStatus: [openAnswer], Me: [anonymousAnswer], Contracts: [noContractsAnswer] };

async function logIn(userId: string, password: string) {
  await userEvent.type(await screen.findByRole("textbox", { name: "ユーザーID" }), userId);
  await userEvent.type(screen.getByLabelText("パスワード/仮パスワード"), password);
  await userEvent.click(screen.getByRole("button", { name: "ログイン" }));
}

describe("the login page", () => {
  it(
    "states the service hours as the seed does, worked " +
      "out from the next maintenance window in Japan time",
    async () => {
      renderAppAt(fakeServer(base).client, "/login");

      // The window is 2026-11-29T17:00Z–19:00Z: Monday 02:00–04:00 in Japan.
      expect(
        await screen.findByText("ご利用可能時間は毎週月曜日AM2時からAM4時を除く全日です。"),
      ).toBeTruthy();
      expect(screen.getByText("2026年11月30日 02:00")).toBeTruthy();
    },
  );

  it("offers registration and recovery, with the contact desk beside the form", async () => {
    renderAppAt(fakeServer(base).client, "/login");

    expect(
      (await screen.findByRole("link", { name: "初めてご利用いただく方はこちら" })).getAttribute(
        "href",
      ),
    ).toBe("/register");
    expect(
      screen
        .getByRole("link", { name: "ユーザーID・パスワードをお忘れの方はこちら" })
        .getAttribute("href"),
    ).toBe("/forgot");
    const box = screen.getByRole("complementary", { name: "お問い合わせ" });
    expect(box.textContent).toContain(testBranding.desk.hours);
  });

  it("logs the customer in and goes home, with ログアウト in the header", async () => {
    const { client, sent } = recordingClient(
      fakeServer({ ...base, Login: [signedInAnswer()] }).client,
    );
    const { location } = renderAppAt(client, "/login");

    await logIn(" taro@example.com ", "Secret-Pass1");

    await waitFor(() => expect(location()).toBe("/home"));
    expect(sent.find((s) => s.operation === "Login")?.variables).toEqual({
      input: { userId: "taro@example.com", password: "Secret-Pass1" },
    });
    expect(
      await within(screen.getByRole("banner")).findByRole("button", { name: "ログアウト" }),
    ).toBeTruthy();
  });

  it("announces a failed login with the server's message and clears the password", async () => {
    const { client } = fakeServer({ ...base, Login: [loginFailedAnswer] });
    const { location } = renderAppAt(client, "/login");

    await logIn("taro@example.com", "wrong");

    expect((await screen.findByRole("alert")).textContent).toContain(
      "ユーザーIDまたはパスワードが正しくありません。",
    );
    expect((screen.getByLabelText("パスワード/仮パスワード") as HTMLInputElement).value).toBe("");
    expect(location()).toBe("/login");
  });

  it("shows the failure in English after switching language", async () => {
    const { client } = fakeServer({ ...base, Login: [loginFailedAnswer] });
    renderAppAt(client, "/login");
    await logIn("taro@example.com", "wrong");
    await screen.findByRole("alert");

    await userEvent.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByRole("alert").textContent).toContain(
      "The user ID or password is incorrect.",
    );
    expect(screen.getByRole("button", { name: "Log in" })).toBeTruthy();
  });

  it("says which fields are missing, next to each field, without asking the server", async () => {
    const { client, requests } = fakeServer(base);
    renderAppAt(client, "/login");

    await userEvent.click(await screen.findByRole("button", { name: "ログイン" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("ユーザーIDを入力してください。");
    expect(document.activeElement).toBe(alert);
    const userId = screen.getByRole("textbox", { name: "ユーザーID" });
    expect(userId.getAttribute("aria-invalid")).toBe("true");
    const described = (userId.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain("エラー：ユーザーIDを入力してください。");
    expect(requests).not.toContain("Login");
  });

  it("shows the server's field errors next to the fields", async () => {
    const invalid = validationFailedAnswer("login", [
      {
        field: "userId",
        code: "USER_ID_INVALID",
        ja: "ユーザーIDは半角英数字で入力してください。",
        en: "Half-width only.",
      },
    ]);
    renderAppAt(fakeServer({ ...base, Login: [invalid] }).client, "/login");

    await logIn("たろう", "Secret-Pass1");

    const userId = await screen.findByRole("textbox", { name: "ユーザーID" });
    await waitFor(() => expect(userId.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(`${userId.id}-error`)?.textContent).toContain(
      "ユーザーIDは半角英数字で入力してください。",
    );
  });

  it("sends a customer with a temporary password to the password change, asking no current password", async () => {
    const { client } = fakeServer({ ...base, Login: [signedInAnswer(temporaryPasswordCustomer)] });
    const { location } = renderAppAt(client, "/login");

    await logIn("taro@example.com", "Temp-1234");

    expect(await screen.findByRole("heading", { level: 1, name: "パスワードの変更" })).toBeTruthy();
    expect(location()).toBe("/password/change");
    expect(screen.getByText(/仮パスワードでログインしています/)).toBeTruthy();
    expect(screen.queryByLabelText("現在のパスワード")).toBeNull();
  });

  it("returns to the screen that asked for the login", async () => {
    const { client } = fakeServer({ ...base, Login: [signedInAnswer()] });
    const { location } = renderAppAt(client, "/password/change");

    await waitFor(() => expect(location()).toBe("/login"));
    await logIn("taro@example.com", "Secret-Pass1");

    await waitFor(() => expect(location()).toBe("/password/change"));
    expect(await screen.findByLabelText("現在のパスワード")).toBeTruthy();
  });

  it("logs out from the header and comes back to the login page", async () => {
    const { client, requests } = fakeServer({
      ...base,
      Me: [meAnswer()],
      Logout: [loggedOutAnswer],
    });
    const { location } = renderAppAt(client, "/password/change");

    await userEvent.click(
      await within(screen.getByRole("banner")).findByRole("button", { name: "ログアウト" }),
    );

    await waitFor(() => expect(location()).toBe("/login"));
    expect(requests).toContain("Logout");
    expect(await screen.findByRole("button", { name: "ログイン" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "ログアウト" })).toBeNull();
  });
});
