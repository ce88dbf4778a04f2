import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  anonymousAnswer,
  identityNotConfirmedAnswer,
  recordingClient,
  registrationStartedAnswer,
  validationFailedAnswer,
} from "../../testing/account-fixtures.ts";
import { fakeServer, openAnswer } from "../../testing/fake-server.ts";
import { holdAnswers } from "../../testing/held-answers.ts";
import { submitAndExpectHeld } from "../../testing/review-step-held.ts";
import { renderAppAt } from "../../testing/render-app-at.tsx";

const base = { ServiceStatus: [openAnswer], Me: [anonymousAnswer] };

afterEach(() => {
  vi.restoreAllMocks();
});

const textbox = (name: string) => screen.getByRole("textbox", { name });

async function fillIn() {
  await userEvent.type(await screen.findByRole("textbox", { name: "姓" }), "見本");
  await userEvent.type(textbox("名"), "太郎");
  await userEvent.type(textbox("セイ"), "ミホン");
  await userEvent.type(textbox("メイ"), "タロウ");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "年" }), "1975");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "月" }), "1");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "日" }), "1");
  await userEvent.type(textbox("メールアドレス"), "taro@example.com");
  await userEvent.type(textbox("キーワード"), "Abc123");
  await userEvent.type(textbox("社員番号"), "123456789");
  await userEvent.click(screen.getByRole("checkbox", { name: "利用規約に同意します。" }));
}

const next = () => userEvent.click(screen.getByRole("button", { name: "次へ" }));

describe("first-time registration", () => {
  it("links the 利用規約 box to the full /terms page in a new tab, and says so", async () => {
    renderAppAt(fakeServer(base).client, "/register");
    await screen.findByRole("region", { name: "利用規約" });
    const link = screen.getByRole("link", {
      name: "利用規約の全文を見る（新しいタブで開きます）",
    });
    expect(link.getAttribute("href")).toBe("/terms");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toContain("noopener");
  });

  it("goes from input to confirmation, back with the values kept, and on to the keyword screen", async () => {
    const { client, sent } = recordingClient(
      fakeServer({ ...base, StartRegistration: [registrationStartedAnswer] }).client,
    );
    renderAppAt(client, "/register");
    expect(
      await screen.findByRole("heading", { level: 1, name: "お客さまWebサービス 利用登録" }),
    ).toBeTruthy();
    expect(screen.getByRole("list", { name: "お手続きの流れ" }).textContent).toContain(
      "1. お客さま情報の入力",
    );

    await fillIn();
    await next();

    const review = await screen.findByRole("heading", { level: 2, name: "入力内容の確認" });
    expect(document.activeElement).toBe(review);
    expect(screen.getByText("見本 太郎")).toBeTruthy();
    expect(screen.getByText("ミホン タロウ")).toBeTruthy();
    expect(screen.getByText("1975年01月01日")).toBeTruthy();
    expect(screen.getByText("メールアドレス (ユーザーID)")).toBeTruthy();
    expect(screen.getByText("Abc123")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "戻る" }));
    expect((textbox("姓") as HTMLInputElement).value).toBe("見本");
    expect((screen.getByRole("combobox", { name: "年" }) as HTMLSelectElement).value).toBe("1975");
    expect(
      (screen.getByRole("checkbox", { name: "利用規約に同意します。" }) as HTMLInputElement)
        .checked,
    ).toBe(true);

    await next();
    await screen.findByRole("heading", { level: 2, name: "入力内容の確認" });
    await next();

    expect(
      await screen.findByRole("heading", { level: 2, name: "メールの送信、キーワード表示" }),
    ).toBeTruthy();
    expect(sent.find((s) => s.operation === "StartRegistration")?.variables).toEqual({
      input: {
        familyName: "見本",
        givenName: "太郎",
        familyNameKana: "ミホン",
        givenNameKana: "タロウ",
        birthDate: "1975-01-01",
        email: "taro@example.com",
        keyword: "Abc123",
        employeeNumber: "123456789",
        termsAccepted: true,
      },
    });
    expect(screen.getByText(/手続案内メールを送信しました/)).toBeTruthy();
    const keyword = screen.getByText("キーワード").closest("dl") as HTMLElement;
    expect(within(keyword).getByText("Abc123")).toBeTruthy();
    // 2026-12-01T09:00Z is 18:00 in Japan.
    expect(screen.getByText("2026年12月01日 18:00")).toBeTruthy();
    expect(
      screen.getByText("キーワードは、メモを取るなどして、必ずこの画面を閉じてください。"),
    ).toBeTruthy();
  });

  it("shows on the confirmation the katakana that will be matched, not the hiragana as typed", async () => {
    const { client, sent } = recordingClient(
      fakeServer({ ...base, StartRegistration: [registrationStartedAnswer] }).client,
    );
    renderAppAt(client, "/register");
    await fillIn();
    await userEvent.clear(textbox("セイ"));
    await userEvent.type(textbox("セイ"), "みほん");
    await userEvent.clear(textbox("メイ"));
    await userEvent.type(textbox("メイ"), "ﾀﾛｳ");
    await next();

    await screen.findByRole("heading", { level: 2, name: "入力内容の確認" });
    const kana = screen.getByText("契約者氏名カナ").nextElementSibling;
    expect(kana?.textContent).toBe("ミホン タロウ");
    await next();
    await screen.findByRole("heading", { level: 2, name: "メールの送信、キーワード表示" });
    // The input itself goes as typed: the server normalises it by the same rule.
    expect(sent.find((s) => s.operation === "StartRegistration")?.variables).toMatchObject({
      input: { familyNameKana: "みほん", givenNameKana: "ﾀﾛｳ" },
    });
  });

  it("opens the birth-year list among typical birth years, with every year still there", async () => {
    renderAppAt(fakeServer(base).client, "/register");
    const year = (await screen.findByRole("combobox", { name: "年" })) as HTMLSelectElement;
    const options = [...year.options].map((o) => o.value);
    // The empty choice (selected, so the list opens there) sits 40 years back, above a typical year.
    const empty = options.indexOf("");
    expect(year.value).toBe("");
    expect(year.selectedIndex).toBe(empty);
    expect(options[empty + 1]).toBe(String(Number(options[0]) - 40));
    expect(options.filter((o) => o === "")).toHaveLength(1);
    expect(options.at(-1)).toBe("1900");
    expect(options.slice(0, empty)).toEqual(
      Array.from({ length: 40 }, (_, i) => String(Number(options[0]) - i)),
    );
  });

  it("closes the screen, or leaves it for the top page when the browser will not close it", async () => {
    const close = vi.spyOn(window, "close").mockImplementation(() => {});
    const { location } = renderAppAt(
      fakeServer({ ...base, StartRegistration: [registrationStartedAnswer] }).client,
      "/register",
    );
    await fillIn();
    await next();
    await screen.findByRole("heading", { level: 2, name: "入力内容の確認" });
    await next();

    await userEvent.click(await screen.findByRole("button", { name: "閉じる" }));

    expect(close).toHaveBeenCalled();
    await waitFor(() => expect(location()).toBe("/"));
    expect(screen.queryByText("Abc123")).toBeNull();
  });

  it("checks the input before the confirmation: errors next to each field, announced, and nothing sent", async () => {
    const { client, requests } = fakeServer(base);
    renderAppAt(client, "/register");
    await userEvent.type(await screen.findByRole("textbox", { name: "姓" }), "見本");
    await userEvent.type(textbox("キーワード"), "abcdef");

    await next();

    const alert = await screen.findByRole("alert");
    expect(document.activeElement).toBe(alert);
    expect(alert.textContent).toContain("契約者氏名(名)を入力してください。");
    expect(alert.textContent).toContain("利用規約に同意してください。");
    const keyword = textbox("キーワード");
    expect(keyword.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(`${keyword.id}-error`)?.textContent).toContain(
      "半角英数字6～16文字(英字と数字をそれぞれ1文字以上含む)",
    );
    expect(textbox("姓").getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "お客さま情報の入力" })).toBeTruthy();
    expect(requests).not.toContain("StartRegistration");

    // The summary's link takes keyboard users to the field.
    await userEvent.click(
      within(alert).getByRole("link", { name: "契約者氏名(名)を入力してください。" }),
    );
    expect(document.activeElement).toBe(textbox("名"));
  });

  it("returns to the input with the server's field errors, keeping the values", async () => {
    const invalid = validationFailedAnswer("startRegistration", [
      {
        field: "familyNameKana",
        code: "KANA_NOT_KATAKANA",
        ja: "カナはカタカナで入力してください。",
        en: "Please enter the name reading in katakana.",
      },
    ]);
    renderAppAt(fakeServer({ ...base, StartRegistration: [invalid] }).client, "/register");
    await fillIn();
    await next();
    await screen.findByRole("heading", { level: 2, name: "入力内容の確認" });

    await next();

    expect(
      await screen.findByRole("heading", { level: 2, name: "お客さま情報の入力" }),
    ).toBeTruthy();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("カナはカタカナで入力してください。");
    await waitFor(() => expect(document.activeElement).toBe(alert));
    const kana = textbox("セイ");
    expect(kana.getAttribute("aria-describedby")).toContain(`${kana.id}-error`);
    expect((textbox("メールアドレス") as HTMLInputElement).value).toBe("taro@example.com");
  });

  it("gives the one generic message when the details match no policyholder", async () => {
    renderAppAt(
      fakeServer({ ...base, StartRegistration: [identityNotConfirmedAnswer] }).client,
      "/register",
    );
    await fillIn();
    await next();
    await screen.findByRole("heading", { level: 2, name: "入力内容の確認" });

    await next();

    expect(
      await screen.findByRole("heading", { level: 2, name: "お客さま情報の入力" }),
    ).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe(
      "ご入力いただいた内容では、ご契約を確認できませんでした。入力内容をご確認ください。",
    );
    expect(
      screen.queryAllByRole("textbox").filter((box) => box.getAttribute("aria-invalid") === "true"),
    ).toEqual([]);
  });

  it("keeps 戻る and 次へ busy on the confirmation while the registration is being sent", async () => {
    const fake = fakeServer({ ...base, StartRegistration: [registrationStartedAnswer] });
    const { client, hold } = holdAnswers(fake.client, "StartRegistration");
    renderAppAt(client, "/register");
    await fillIn();
    await next();
    await screen.findByRole("heading", { level: 2, name: "入力内容の確認" });

    // Leaving now would hide the keyword the answer brings.
    const release = await submitAndExpectHeld(hold, "次へ", "入力内容の確認");

    release();
    expect(
      await screen.findByRole("heading", { level: 2, name: "メールの送信、キーワード表示" }),
    ).toBeTruthy();
  });
});
