import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  anonymousAnswer,
  meAnswer,
  passwordChangeRequiredAnswer,
  recordingClient,
  resetKeywordIssuedAnswer,
  temporaryPasswordCustomer,
  testCustomer,
  tooManyAttempts,
} from "../../testing/account-fixtures.ts";
import { fakeServer, maintenanceErrorAnswer, openAnswer } from "../../testing/fake-server.ts";
import { renderAppAt } from "../../testing/render-app-at.tsx";

const base = { ServiceStatus: [openAnswer], Me: [anonymousAnswer] };

async function fillIn() {
  await userEvent.type(
    await screen.findByRole("textbox", { name: "メールアドレス" }),
    "taro@example.com",
  );
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "年" }), "1985");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "月" }), "10");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "日" }), "1");
}

describe("forgotten user ID or password", () => {
  it(
    "asks for the e-mail address and birth date, then " +
      "shows the 10-digit keyword and how long it is valid",
    async () => {
      const { client, sent } = recordingClient(
        fakeServer({ ...base, RequestCredentialReset: [resetKeywordIssuedAnswer()] }).client,
      );
      renderAppAt(client, "/forgot");
      expect(
        await screen.findByRole("heading", { level: 1, name: "ユーザーID・パスワード再登録" }),
      ).toBeTruthy();
      expect(screen.getByRole("list", { name: "お手続きの流れ" }).textContent).toBe(
        "1. お客さま情報の入力（現在の手順）2. キーワードの発行",
      );
      expect(screen.getByRole("group", { name: "生年月日" })).toBeTruthy();

      await fillIn();
      await userEvent.click(screen.getByRole("button", { name: "次へ" }));

      expect(
        await screen.findByRole("heading", { level: 2, name: "キーワードの発行" }),
      ).toBeTruthy();
      expect(sent.find((s) => s.operation === "RequestCredentialReset")?.variables).toEqual({
        email: "taro@example.com",
        birthDate: "1985-10-01",
      });
      const keyword = screen.getByText("キーワード").closest("dl") as HTMLElement;
      expect(within(keyword).getByText("12345 67890")).toBeTruthy();
      expect(
        screen.getByText(
          "※キーワードの有効期限は24時間です。有効期限を過ぎると再度手続きいただくこととなりますので、ご注意ください。",
        ),
      ).toBeTruthy();
      expect(
        screen.getByText(
          "キーワードは手続きの際に必要ですので、メモを取るなどして、必ずこの画面を閉じてください。",
        ),
      ).toBeTruthy();
      expect(screen.getByText(/再登録の手続きメールを送信しました/)).toBeTruthy();
      expect(screen.getByRole("button", { name: "閉じる" })).toBeTruthy();
    },
  );

  it("checks the fields first, with the server's wording, and sends nothing while they are wrong", async () => {
    const { client, requests } = fakeServer(base);
    renderAppAt(client, "/forgot");
    await userEvent.type(await screen.findByRole("textbox", { name: "メールアドレス" }), "taro@");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "年" }), "1985");

    await userEvent.click(screen.getByRole("button", { name: "次へ" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("メールアドレスを正しく入力してください。");
    expect(alert.textContent).toContain("生年月日を入力してください。");
    // Every part of the date is described by the error, whichever one a screen reader lands on.
    const month = screen.getByRole("combobox", { name: "月" });
    expect(month.getAttribute("aria-invalid")).toBe("true");
    expect(month.getAttribute("aria-describedby")).toContain("forgot-birthDate-error");
    expect(requests).not.toContain("RequestCredentialReset");
  });

  it("passes on a throttling refusal as the server words it", async () => {
    renderAppAt(
      fakeServer({ ...base, RequestCredentialReset: [tooManyAttempts("requestCredentialReset")] })
        .client,
      "/forgot",
    );
    await fillIn();

    await userEvent.click(screen.getByRole("button", { name: "次へ" }));

    expect((await screen.findByRole("alert")).textContent).toContain(
      "試行回数が上限に達しました。",
    );
    expect(screen.getByRole("heading", { level: 2, name: "お客さま情報の入力" })).toBeTruthy();
  });

  it(
    "sends a customer whose temporary password is pending " +
      "to the password change when the server says so",
    async () => {
      const me = [meAnswer(testCustomer)];
      const { client } = fakeServer({
        ...base,
        Me: me,
        RequestCredentialReset: [passwordChangeRequiredAnswer],
      });
      const { location } = renderAppAt(client, "/forgot");
      await fillIn();
      // The agency issued a temporary password after this page loaded: only the server knows.
      me[0] = meAnswer(temporaryPasswordCustomer);

      await userEvent.click(screen.getByRole("button", { name: "次へ" }));

      await waitFor(() => expect(location()).toBe("/password/change"));
      expect(await screen.findByText(/仮パスワードでログインしています/)).toBeTruthy();
      expect(screen.queryByLabelText("現在のパスワード")).toBeNull();
    },
  );

  it("switches to the maintenance page when the window starts while the form is open", async () => {
    renderAppAt(
      fakeServer({ ...base, RequestCredentialReset: [maintenanceErrorAnswer] }).client,
      "/forgot",
    );
    await fillIn();

    await userEvent.click(screen.getByRole("button", { name: "次へ" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "ただいまメンテナンス中です" }),
    ).toBeTruthy();
  });
});
