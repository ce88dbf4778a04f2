import { MeDocument } from "@cws/client/gql";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../src/journeys/accessibility.ts";
import { PASSWORDS, registerThroughApi } from "../src/journeys/customers.ts";
import {
  contractRow,
  definition,
  errorAt,
  expectLoginRefused,
  field,
  logInToHome,
  onScreen,
  openMail,
  see,
  textOf,
} from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser, type Journey } from "../src/journey.ts";

const browser = useBrowser();

const EMAIL = "taro@example.jp";
const NEW_EMAIL = "taro.new@example.jp";
const SETTINGS_CHANGED = "【みらい損害保険】お客さまの設定情報変更のお知らせ";
const EMAIL_CHANGE_MAIL = "【みらい損害保険】メールアドレス変更手続きのご案内";

/** 見本 太郎, registered through the API, logged in on the login screen, and on 設定情報の入力 by home's link. */
async function taroOnSettings(journey: Journey) {
  const { page, server } = journey;
  const otherDevice = await registerThroughApi(server, "taro", EMAIL, PASSWORDS.first);
  await logInToHome(page, EMAIL, PASSWORDS.first);
  await page
    .getByRole("navigation", { name: "お客さま情報" })
    .getByRole("link", { name: "設定情報の変更" })
    .click();
  await page.waitForURL("**/settings");
  await onScreen(page, "設定情報の変更");
  await onScreen(page, "設定情報の入力", 2);
  return { page, server, otherDevice };
}

/** 次へ on 設定情報の入力, to 変更内容の確認. */
async function toReview(page: Page) {
  await page.getByRole("button", { name: "次へ" }).click();
  await onScreen(page, "変更内容の確認", 2);
  await see(page, "以下の内容に変更します。よろしければ「確定」ボタンを押してください。");
}

/** 確定 on 変更内容の確認, to 完了. */
async function commit(page: Page) {
  await page.getByRole("button", { name: "確定" }).click();
  await onScreen(page, "完了", 2);
  await see(page, "お客さまの設定情報を変更しました。");
}

describe("settings from home (設定情報の変更)", () => {
  it("changes the mail preference through 変更内容の確認 and 確定; home's link then shows it", async () => {
    const journey = await startJourney(browser(), "settings-mail");
    const { page } = await taroOnSettings(journey);

    // The policyholder's details are shown, not editable; the current settings are filled in.
    expect(await textOf(definition(page, "契約者氏名"))).toBe("見本 太郎");
    expect(await textOf(definition(page, "契約者氏名カナ"))).toBe("ミホン タロウ");
    expect(await textOf(definition(page, "生年月日"))).toBe("1975年01月01日");
    expect(await field(page, "メールアドレス(ユーザーID)").inputValue()).toBe(EMAIL);
    expect(await field(page, "現在のパスワード").inputValue()).toBe("");
    expect(await page.getByRole("radio", { name: "希望する", exact: true }).isChecked()).toBe(true);
    await journey.shot("input");
    await expectNoAxeViolations(journey.page, "settings: input");

    await page.getByRole("radio", { name: "希望しない", exact: true }).check();
    await toReview(page);
    // Only the change is listed, before and after.
    expect(await textOf(definition(page, "サービスに関する情報のメール"))).toBe(
      "変更前: 希望する 変更後: 希望しない",
    );
    expect(await page.getByRole("article").locator("dt").allInnerTexts()).toEqual([
      "サービスに関する情報のメール",
    ]);
    await journey.shot("review");
    await expectNoAxeViolations(journey.page, "settings: review");

    await commit(page);
    // No address is changing, so nothing is said about a confirmation mail.
    expect(
      await page
        .getByText("新しいメールアドレスに確認メールを送信しました。", { exact: false })
        .count(),
    ).toBe(0);
    await journey.shot("done");
    await expectNoAxeViolations(journey.page, "settings: done");

    // Saved: home's link opens the settings with 希望しない chosen.
    await page.getByRole("link", { name: "ホームへ" }).click();
    await onScreen(page, "ホーム");
    await page.getByRole("link", { name: "設定情報の変更" }).click();
    await onScreen(page, "設定情報の入力", 2);
    expect(await page.getByRole("radio", { name: "希望しない", exact: true }).isChecked()).toBe(
      true,
    );
    await journey.shot("input-after");
    await expectNoAxeViolations(journey.page, "settings: input-after");

    // The customer is told of the change, at the address on file.
    const notice = await openMail(page, EMAIL, SETTINGS_CHANGED);
    expect(await textOf(notice.locator("pre"))).toContain("変更項目: サービスに関する情報のメール");
    await journey.shot("notice");
    await expectNoAxeViolations(journey.page, "settings: notice");

    expectNoPageErrors(journey);
  });

  it(
    "changes the password: a wrong current password is refused at its " +
      "field, the right one works; old and new tried on a fresh browser",
    async () => {
      const journey = await startJourney(browser(), "settings-password");
      const { page, otherDevice } = await taroOnSettings(journey);

      await field(page, "現在のパスワード").fill("Not-my-pass9");
      await field(page, "新しいパスワード").fill(PASSWORDS.second);
      await field(page, "新しいパスワード（確認）").fill(PASSWORDS.second);
      await journey.shot("input");
      await expectNoAxeViolations(journey.page, "settings: input");
      await toReview(page);
      expect(await textOf(definition(page, "パスワード"))).toBe(
        "変更前: (表示しません) 変更後: 新しいパスワードに変更します",
      );
      await journey.shot("review");
      await expectNoAxeViolations(journey.page, "settings: review");

      // The server checks the current password at 確定: back to the input, the error at its field.
      await page.getByRole("button", { name: "確定" }).click();
      await onScreen(page, "設定情報の入力", 2);
      expect(await textOf(page.getByRole("alert"))).toContain(
        "現在のパスワードが正しくありません。",
      );
      expect(await textOf(errorAt(page, "現在のパスワード"))).toContain(
        "現在のパスワードが正しくありません。",
      );
      expect(await field(page, "現在のパスワード").getAttribute("aria-invalid")).toBe("true");
      await journey.shot("wrong-current");
      await expectNoAxeViolations(journey.page, "settings: wrong-current");
      // Nothing changed: the other device is still logged in.
      expect((await otherDevice.execute(MeDocument)).me?.userId).toBe(EMAIL);

      // The right current password (the new one is still filled in).
      await field(page, "現在のパスワード").fill(PASSWORDS.first);
      await toReview(page);
      await commit(page);
      await journey.shot("done");
      await expectNoAxeViolations(journey.page, "settings: done");
      await page.getByRole("link", { name: "ホームへ" }).click();
      await onScreen(page, "ホーム");
      await contractRow(page, "0123456789").waitFor();

      // This browser stays logged in; every other session has ended.
      expect((await otherDevice.execute(MeDocument)).me).toBeNull();

      // A fresh browser: the old password is refused, the new one logs in.
      const fresh = await journey.openAnother();
      await expectLoginRefused(fresh.page, EMAIL, PASSWORDS.first);
      await journey.shot("old-password-refused", fresh.page);
      await expectNoAxeViolations(fresh.page, "settings: old-password-refused");
      await logInToHome(fresh.page, EMAIL, PASSWORDS.second);
      await journey.shot("new-password-login", fresh.page);
      await expectNoAxeViolations(fresh.page, "settings: new-password-login");

      expectNoPageErrors(journey);
      expectNoPageErrors(fresh);
    },
  );

  it(
    "changes the e-mail address only once the link mailed to " +
      "it is confirmed with 確認; the new address then logs in",
    async () => {
      const journey = await startJourney(browser(), "settings-email");
      const { page, server } = await taroOnSettings(journey);

      await field(page, "メールアドレス(ユーザーID)").fill(NEW_EMAIL);
      // Moving the address (it becomes the user ID) needs the current password.
      await field(page, "現在のパスワード").fill(PASSWORDS.first);
      await toReview(page);
      expect(await textOf(definition(page, "メールアドレス(ユーザーID)"))).toBe(
        `変更前: ${EMAIL} 変更後: ${NEW_EMAIL}`,
      );
      await journey.shot("review");
      await expectNoAxeViolations(journey.page, "settings: review");
      await commit(page);
      await see(
        page,
        "新しいメールアドレスに確認メールを送信しました。メール記載のURLから確認を完了してください。",
      );
      await see(page, `送信先: ${NEW_EMAIL}`);
      await journey.shot("pending");
      await expectNoAxeViolations(journey.page, "settings: pending");

      // The mail went to the new address, read on the mailbox page.
      const mail = await openMail(page, NEW_EMAIL, EMAIL_CHANGE_MAIL);
      expect(await textOf(mail.locator("pre"))).toContain(
        "メールアドレス(ユーザーID)変更のお手続きを承りました。",
      );
      await journey.shot("mailbox");
      await expectNoAxeViolations(journey.page, "settings: mailbox");
      await mail.getByRole("link", { name: /\/link#/ }).click();
      await page.waitForURL(/\/link#.+/);

      // The link page only asks: opening it changes nothing.
      await onScreen(page, "メールアドレス変更の確認");
      await see(page, "メールアドレスの変更を確定するには、「確認」ボタンを押してください。");
      const confirm = page.getByRole("button", { name: "確認", exact: true });
      await confirm.waitFor();
      await journey.shot("link");
      await expectNoAxeViolations(journey.page, "settings: link");
      const fresh = await journey.openAnother();
      await expectLoginRefused(fresh.page, NEW_EMAIL, PASSWORDS.first);
      await journey.shot("new-address-not-yet", fresh.page);
      await expectNoAxeViolations(fresh.page, "settings: new-address-not-yet");

      await confirm.click();
      expect(await textOf(page.getByRole("status").filter({ hasText: "メールアドレス" }))).toBe(
        "メールアドレスを変更しました。",
      );
      expect(await textOf(definition(page, "新しいメールアドレス"))).toBe(NEW_EMAIL);
      await journey.shot("confirmed");
      await expectNoAxeViolations(journey.page, "settings: confirmed");

      // The settings screen of the logged-in browser shows the new address.
      await page.getByRole("link", { name: "ホームへ" }).click();
      await onScreen(page, "ホーム");
      await page.getByRole("link", { name: "設定情報の変更" }).click();
      await onScreen(page, "設定情報の入力", 2);
      expect(await field(page, "メールアドレス(ユーザーID)").inputValue()).toBe(NEW_EMAIL);

      // The user ID was the address, so it moved with it: the new address logs in, the old does not.
      await logInToHome(fresh.page, NEW_EMAIL, PASSWORDS.first);
      await journey.shot("new-address-login", fresh.page);
      await expectNoAxeViolations(fresh.page, "settings: new-address-login");
      const another = await journey.openAnother();
      await expectLoginRefused(another.page, EMAIL, PASSWORDS.first);

      // Both addresses are told; the link worked once.
      const notices = (await server.mailbox()).filter((m) => m.subject === SETTINGS_CHANGED);
      expect(notices.map((m) => m.to).sort()).toEqual([NEW_EMAIL, EMAIL]);
      await page.goto(
        (await server.mailbox())
          .find((m) => m.subject === EMAIL_CHANGE_MAIL)!
          .links.find((l) => l.includes("/link#"))!,
      );
      await onScreen(page, "このURLはすでに使用されています");
      await journey.shot("link-used");
      await expectNoAxeViolations(journey.page, "settings: link-used");

      expectNoPageErrors(journey);
      expectNoPageErrors(fresh);
      expectNoPageErrors(another);
    },
  );
});
