import type { GraphQLClient } from "@cws/client";
import type { UpdateSettingsMutationVariables } from "@cws/client/gql";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  meAnswer,
  settingsInvalidAnswer,
  settingsUpdatedAnswer,
  testCustomer,
} from "../../testing/contract-fixtures.ts";
import { fakeServer, openAnswer, type FakeAnswer } from "../../testing/fake-server.ts";
import { holdAnswers } from "../../testing/held-answers.ts";
import { submitAndExpectHeld } from "../../testing/review-step-held.ts";
import { renderApp } from "../../testing/render-app.tsx";

/** The fake server's client, keeping the input of each updateSettings (the fake records only names). */
function server(updateSettings: FakeAnswer[]) {
  const fake = fakeServer({
    ServiceStatus: [openAnswer],
    Me: [meAnswer],
    UpdateSettings: updateSettings,
  });
  const inputs: UpdateSettingsMutationVariables["input"][] = [];
  const client: GraphQLClient = {
    execute(document, ...variables) {
      if (/mutation\s+UpdateSettings\b/.test(document.toString()))
        inputs.push((variables[0] as UpdateSettingsMutationVariables).input);
      return fake.client.execute(document, ...variables);
    },
    setBearerToken: (token) => fake.client.setBearerToken(token),
    cookies: () => fake.client.cookies(),
  };
  return { client, inputs, requests: fake.requests };
}

const next = () => userEvent.click(screen.getByRole("button", { name: "次へ" }));

describe("changing settings from home", () => {
  it("shows the name, kana and birth date read-only, and the current address and mail preference", async () => {
    renderApp(server([]).client, "/settings");

    expect(await screen.findByRole("heading", { level: 1, name: "設定情報の変更" })).toBeTruthy();
    expect(screen.getByText("見本 太郎")).toBeTruthy();
    expect(screen.getByText("ミホン タロウ")).toBeTruthy();
    expect(screen.getByText("1975年01月01日")).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "契約者氏名" })).toBeNull();
    expect(
      (screen.getByRole("textbox", { name: "メールアドレス(ユーザーID)" }) as HTMLInputElement)
        .value,
    ).toBe(testCustomer.email);
    expect((screen.getByRole("radio", { name: "希望する" }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it(
    "changes the e-mail address after the confirmation " +
      "step and says a confirmation mail went to the new one",
    async () => {
      const { client, inputs } = server([settingsUpdatedAnswer("new.address@example.com")]);
      renderApp(client, "/settings");

      const email = await screen.findByRole("textbox", { name: "メールアドレス(ユーザーID)" });
      await userEvent.clear(email);
      await userEvent.type(email, "new.address@example.com");
      // A new address needs the current password, as a new password does.
      await next();
      expect(await screen.findByRole("alert")).toBeTruthy();
      expect(inputs).toEqual([]);
      await userEvent.type(screen.getByLabelText("現在のパスワード"), "Current-2026x");
      await next();

      expect(await screen.findByRole("heading", { level: 2, name: "変更内容の確認" })).toBeTruthy();
      const change = screen.getByText("メールアドレス(ユーザーID)", { selector: "dt" })
        .nextElementSibling!;
      expect(change.textContent).toContain(`変更前: ${testCustomer.email}`);
      expect(change.textContent).toContain("変更後: new.address@example.com");
      expect(inputs).toEqual([]);
      await userEvent.click(screen.getByRole("button", { name: "確定" }));

      expect(await screen.findByRole("heading", { level: 2, name: "完了" })).toBeTruthy();
      expect(screen.getByText("お客さまの設定情報を変更しました。")).toBeTruthy();
      expect(
        screen.getByText(
          "新しいメールアドレスに確認メールを送信しました。メール記載のURLから確認を完了してください。",
        ),
      ).toBeTruthy();
      expect(screen.getByRole("link", { name: "ホームへ" }).getAttribute("href")).toBe("/home");
      // Only what changed is sent, with the current password that confirms it.
      expect(inputs).toEqual([
        { email: "new.address@example.com", currentPassword: "Current-2026x" },
      ]);
    },
  );

  it("changes the mail preference alone, without a pending-address message", async () => {
    const { client, inputs } = server([
      settingsUpdatedAnswer(null, { ...testCustomer, mailOptIn: false }),
    ]);
    renderApp(client, "/settings");

    await userEvent.click(await screen.findByRole("radio", { name: "希望しない" }));
    await next();
    expect(await screen.findByRole("heading", { level: 2, name: "変更内容の確認" })).toBeTruthy();
    const change = screen.getByText("サービスに関する情報のメール", { selector: "dt" })
      .nextElementSibling!;
    expect(change.textContent).toContain("変更前: 希望する");
    expect(change.textContent).toContain("変更後: 希望しない");
    // Untouched settings are not listed as changes.
    expect(screen.queryByText("メールアドレス(ユーザーID)", { selector: "dt" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "確定" }));

    expect(await screen.findByText("お客さまの設定情報を変更しました。")).toBeTruthy();
    expect(screen.queryByText(/新しいメールアドレスに確認メールを送信しました/)).toBeNull();
    expect(inputs).toEqual([{ mailOptIn: false }]);
  });

  it("refuses to go on when nothing was changed", async () => {
    const { client, requests } = server([]);
    renderApp(client, "/settings");
    await screen.findByRole("heading", { level: 1, name: "設定情報の変更" });

    await next();

    expect((await screen.findByRole("alert")).textContent).toContain("変更する項目がありません。");
    expect(screen.queryByRole("heading", { name: "変更内容の確認" })).toBeNull();
    expect(requests).not.toContain("UpdateSettings");
  });

  it("ticks off the password rules while typing and stops a mismatched confirmation at its field", async () => {
    renderApp(server([]).client, "/settings");
    const newPassword = await screen.findByLabelText("新しいパスワード");
    const rule = () => screen.getByText(/パスワードは8文字以上で入力してください。/).closest("li")!;
    await userEvent.type(newPassword, "Mirai");
    expect(rule().textContent).toContain("満たしていません");
    await userEvent.clear(newPassword);

    await userEvent.type(screen.getByLabelText("現在のパスワード"), "OldPass#2024");
    await userEvent.type(newPassword, "Mirai#Sedan7");
    expect(rule().textContent).toContain("満たしています");
    await userEvent.type(screen.getByLabelText("新しいパスワード（確認）"), "Mirai#Sedan8");
    await next();

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("確認のため入力したパスワードが一致しません。");
    // Focus goes to the summary, so keyboard and screen-reader users land on the problem.
    expect(document.activeElement).toBe(alert);
    const confirmation = screen.getByLabelText("新しいパスワード（確認）");
    expect(confirmation.getAttribute("aria-invalid")).toBe("true");
    const describedBy = confirmation.getAttribute("aria-describedby")!.split(" ");
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(" ")).toContain(
      "一致しません",
    );
    expect(screen.queryByRole("heading", { name: "変更内容の確認" })).toBeNull();
  });

  it("shows the server's field errors at their fields after 確定", async () => {
    const { client } = server([settingsInvalidAnswer]);
    renderApp(client, "/settings");

    await userEvent.type(await screen.findByLabelText("現在のパスワード"), "Wrong#Pass1");
    await userEvent.type(screen.getByLabelText("新しいパスワード"), "Mirai#Sedan7");
    await userEvent.type(screen.getByLabelText("新しいパスワード（確認）"), "Mirai#Sedan7");
    await next();
    expect(await screen.findByText("新しいパスワードに変更します")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "確定" }));

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("現在のパスワードが正しくありません。")).toBeTruthy();
    const current = screen.getByLabelText("現在のパスワード");
    expect(current.getAttribute("aria-invalid")).toBe("true");
    const describedBy = current.getAttribute("aria-describedby")!.split(" ");
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(" ")).toContain(
      "現在のパスワードが正しくありません。",
    );
    const fresh = screen.getByLabelText("新しいパスワード");
    expect(fresh.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(`${fresh.id}-error`)?.textContent).toContain(
      "よく使われているパスワードは使用できません。",
    );
    expect(screen.getByRole("heading", { level: 2, name: "設定情報の入力" })).toBeTruthy();
  });

  it("keeps 戻る and 確定 busy on the confirmation while the change is being saved", async () => {
    const saved = settingsUpdatedAnswer(null, { ...testCustomer, mailOptIn: false });
    const { client, hold } = holdAnswers(server([saved]).client, "UpdateSettings");
    renderApp(client, "/settings");
    await userEvent.click(await screen.findByRole("radio", { name: "希望しない" }));
    await next();
    await screen.findByRole("heading", { level: 2, name: "変更内容の確認" });

    const release = await submitAndExpectHeld(hold, "確定", "変更内容の確認");

    release();
    expect(await screen.findByText("お客さまの設定情報を変更しました。")).toBeTruthy();
  });
});
