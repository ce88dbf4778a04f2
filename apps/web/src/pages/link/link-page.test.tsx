import type { LinkPurpose, LinkStatus } from "@cws/client/gql";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  anonymousAnswer,
  emailConfirmedAnswer,
  keywordAcceptedAnswer,
  keywordRejectedAnswer,
  linkAnswer,
  linkDeadAnswer,
  noContractsAnswer,
  recordingClient,
  registrationCompletedAnswer,
} from "../../testing/account-fixtures.ts";
import { fakeServer, openAnswer } from "../../testing/fake-server.ts";
import { renderAppAt } from "../../testing/render-app-at.tsx";

const base = { ServiceStatus: [openAnswer], Me: [anonymousAnswer], Contracts: [noContractsAnswer] };

const deadPages: [LinkStatus, LinkPurpose | null, string, { name: string; href: string }][] = [
  [
    "EXPIRED",
    "REGISTRATION",
    "URLの有効期限が切れています",
    { name: "利用登録を最初からやり直す", href: "/register" },
  ],
  [
    "USED",
    "CREDENTIAL_RESET",
    "このURLはすでに使用されています",
    { name: "ユーザーID・パスワード再登録を最初からやり直す", href: "/forgot" },
  ],
  [
    "DEAD",
    "CREDENTIAL_RESET",
    "このURLは無効になりました",
    { name: "ユーザーID・パスワード再登録を最初からやり直す", href: "/forgot" },
  ],
  [
    "UNKNOWN",
    null,
    "URLが正しくありません",
    { name: "利用登録を最初からやり直す", href: "/register" },
  ],
];

async function enterKeyword(keyword: string) {
  await userEvent.type(await screen.findByRole("textbox", { name: "キーワード" }), keyword);
  await userEvent.click(screen.getByRole("button", { name: "次へ" }));
}

describe("the mailed link page", () => {
  it.each(deadPages)(
    "says a %s link (%s) cannot be used, with a way to start again",
    async (status, purpose, title, restart) => {
      renderAppAt(
        fakeServer({ ...base, VerificationLink: [linkAnswer(status, purpose)] }).client,
        "/link#token-1",
      );

      expect(await screen.findByRole("heading", { level: 1, name: title })).toBeTruthy();
      expect(screen.getByRole("link", { name: restart.name }).getAttribute("href")).toBe(
        restart.href,
      );
      expect(screen.getByRole("link", { name: "ログイン画面へ" })).toBeTruthy();
      expect(screen.queryByRole("textbox")).toBeNull();
    },
  );

  it("treats an address without a token as an unknown link, without asking the server", async () => {
    const { client, requests } = fakeServer(base);
    renderAppAt(client, "/link");

    expect(
      await screen.findByRole("heading", { level: 1, name: "URLが正しくありません" }),
    ).toBeTruthy();
    expect(requests).not.toContain("VerificationLink");
  });

  it("only reads the link on opening, then asks for the keyword with the link's deadline", async () => {
    const { client, sent } = recordingClient(
      fakeServer({ ...base, VerificationLink: [linkAnswer("VALID", "REGISTRATION")] }).client,
    );
    renderAppAt(client, "/link#token-1");

    expect(await screen.findByRole("heading", { level: 1, name: "初回利用登録" })).toBeTruthy();
    expect(screen.getByText(/キーワードを入力して、「次へ」ボタンを押してください。/)).toBeTruthy();
    expect(screen.getByText("2026年12月01日 18:00")).toBeTruthy();
    expect(sent.map((s) => s.operation)).not.toContain("VerifyKeyword");
    expect(sent.find((s) => s.operation === "VerificationLink")?.variables).toEqual({
      token: "token-1",
    });
  });

  it("shows the attempts left after a wrong keyword, next to the field and announced", async () => {
    const { client } = fakeServer({
      ...base,
      VerificationLink: [linkAnswer("VALID", "REGISTRATION")],
      VerifyKeyword: [keywordRejectedAnswer(4)],
    });
    renderAppAt(client, "/link#token-1");

    await enterKeyword("Xyz789");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("あと4回誤るとこのURLは無効になります。");
    const field = screen.getByRole("textbox", { name: "キーワード" }) as HTMLInputElement;
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(`${field.id}-error`)?.textContent).toContain("あと4回");
    expect(field.value).toBe("");
  });

  it("switches to the dead-link page when the last attempt fails", async () => {
    const { client } = fakeServer({
      ...base,
      VerificationLink: [linkAnswer("VALID", "CREDENTIAL_RESET", 1)],
      VerifyKeyword: [linkDeadAnswer],
    });
    renderAppAt(client, "/link#token-1");

    await enterKeyword("0000000000");

    expect(
      await screen.findByRole("heading", { level: 1, name: "このURLは無効になりました" }),
    ).toBeTruthy();
  });

  it("does not spend an attempt on a recovery keyword that is not 10 digits", async () => {
    const { client, requests } = fakeServer({
      ...base,
      VerificationLink: [linkAnswer("VALID", "CREDENTIAL_RESET")],
    });
    renderAppAt(client, "/link#token-1");
    expect(
      await screen.findByRole("heading", { level: 1, name: "ユーザーID・パスワード再登録" }),
    ).toBeTruthy();

    await enterKeyword("123456789");

    expect((await screen.findByRole("alert")).textContent).toContain(
      "キーワードは10桁の数字で入力してください。",
    );
    expect(requests).not.toContain("VerifyKeyword");
  });

  it(
    "completes a registration: keyword, then the password " +
      "with its rules ticked off live, then done and logged in",
    async () => {
      const { client, sent } = recordingClient(
        fakeServer({
          ...base,
          VerificationLink: [linkAnswer("VALID", "REGISTRATION")],
          VerifyKeyword: [keywordAcceptedAnswer("REGISTRATION")],
          CompleteRegistration: [registrationCompletedAnswer()],
        }).client,
      );
      const { location } = renderAppAt(client, "/link#token-1");
      await enterKeyword("Abc123");
      expect(sent.find((s) => s.operation === "VerifyKeyword")?.variables).toEqual({
        token: "token-1",
        keyword: "Abc123",
      });

      expect(
        await screen.findByRole("heading", { level: 1, name: "ユーザーID・パスワードの登録" }),
      ).toBeTruthy();
      expect(
        screen.getByText(
          /空欄の場合は、手続案内メールを受け取ったメールアドレスがユーザーIDになります。/,
        ),
      ).toBeTruthy();
      const password = screen.getByLabelText("パスワード");
      const rules = document.getElementById(
        password
          .getAttribute("aria-describedby")
          ?.split(" ")
          .find((id) => id.endsWith("-rules")) ?? "",
      ) as HTMLElement;
      const rule = (text: string) => within(rules).getByText(text).closest("li") as HTMLElement;

      await userEvent.type(password, "abc");
      expect(rule("パスワードは8文字以上で入力してください。").dataset.ok).toBe("false");
      expect(rule("英大文字と英小文字をそれぞれ1文字以上含めてください。").textContent).toContain(
        "（満たしていません）",
      );
      await userEvent.type(password, "DEF-12345");
      expect(rule("パスワードは8文字以上で入力してください。").dataset.ok).toBe("true");
      expect(within(rules).queryByText(/（満たしていません）/)).toBeNull();

      await userEvent.type(screen.getByLabelText("パスワード（確認）"), "abcDEF-1234");
      await userEvent.click(screen.getByRole("button", { name: "登録する" }));
      expect((await screen.findByRole("alert")).textContent).toContain("パスワードが一致しません");
      expect(sent.map((s) => s.operation)).not.toContain("CompleteRegistration");

      await userEvent.type(screen.getByLabelText("パスワード（確認）"), "5");
      await userEvent.click(screen.getByRole("button", { name: "登録する" }));

      expect(
        await screen.findByRole("heading", { level: 1, name: "利用登録が完了しました" }),
      ).toBeTruthy();
      expect(sent.find((s) => s.operation === "CompleteRegistration")?.variables).toEqual({
        input: { stepToken: "step-token-1", userId: null, password: "abcDEF-12345" },
      });
      expect(
        within(screen.getByRole("banner")).getByRole("button", { name: "ログアウト" }),
      ).toBeTruthy();
      await userEvent.click(screen.getByRole("link", { name: "ホームへ" }));
      await waitFor(() => expect(location()).toBe("/home"));
    },
  );

  it("confirms a new e-mail address only when the customer presses 確認", async () => {
    const { client, requests } = fakeServer({
      ...base,
      VerificationLink: [linkAnswer("VALID", "EMAIL_CHANGE")],
      ConfirmEmailChange: [emailConfirmedAnswer],
    });
    renderAppAt(client, "/link#token-1");

    const confirm = await screen.findByRole("button", { name: "確認" });
    expect(requests).not.toContain("ConfirmEmailChange");
    await userEvent.click(confirm);

    expect(await screen.findByText("メールアドレスを変更しました。")).toBeTruthy();
    expect(screen.getByText("new@example.com")).toBeTruthy();
    expect(requests.filter((r) => r === "ConfirmEmailChange")).toHaveLength(1);
  });
});
