import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../src/journeys/accessibility.ts";
import {
  issueTemporaryPasswordFor,
  PASSWORDS,
  registerThroughApi,
} from "../src/journeys/customers.ts";
import {
  contractRow,
  expectLoginRefused,
  field,
  logIn,
  logInToHome,
  onScreen,
  openMail,
  see,
  textOf,
} from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser } from "../src/journey.ts";

const browser = useBrowser();

const FORCED_LEAD =
  "仮パスワードでログインしています。お手続きを続けるには、新しいパスワードを設定してください。";

describe("the password change (パスワードの変更)", () => {
  it(
    "after a temporary password: only a new password is asked for, nothing " +
      "else is reachable until it is set, and the temporary one is spent",
    async () => {
      const journey = await startJourney(browser(), "temporary-password");
      const { page, server } = journey;
      const email = "hanako@example.jp";
      await registerThroughApi(server, "hanako", email, PASSWORDS.first);
      // Staff issue a temporary password and read it out on the phone; the mail only says so.
      const temporary = await issueTemporaryPasswordFor(server, email);
      const mail = await openMail(page, email, "【みらい損害保険】仮パスワード発行のお知らせ");
      expect(await textOf(mail.locator("pre"))).not.toContain(temporary);
      await journey.shot("mail");
      await expectNoAxeViolations(journey.page, "password: mail");

      // The temporary password logs in, straight to the password change.
      await page.goto("/login");
      await onScreen(page, "お客さまWebサービス ログイン");
      await logIn(page, email, temporary);
      await page.waitForURL("**/password/change");
      await onScreen(page, "パスワードの変更");
      await see(page, FORCED_LEAD);
      // The fresh login stands in for the current password.
      expect(await field(page, "現在のパスワード").count()).toBe(0);
      await field(page, "新しいパスワード").waitFor();
      await journey.shot("forced");
      await expectNoAxeViolations(journey.page, "password: forced");

      // Home (and anything else) sends the customer back here.
      await page.goto("/home");
      await page.waitForURL("**/password/change");
      await see(page, FORCED_LEAD);
      expect(await page.getByRole("heading", { level: 1, name: "ホーム" }).count()).toBe(0);
      await page.goto("/settings");
      await page.waitForURL("**/password/change");
      await onScreen(page, "パスワードの変更");

      await field(page, "新しいパスワード").fill(PASSWORDS.second);
      await field(page, "新しいパスワード（確認）").fill(PASSWORDS.second);
      await journey.shot("new-password");
      await expectNoAxeViolations(journey.page, "password: new-password");
      await page.getByRole("button", { name: "変更する" }).click();
      await page.waitForURL("**/home");
      await onScreen(page, "ホーム");
      await see(page, "試験 花子 様、お客さまWebサービスへようこそ。");
      await contractRow(page, "0234567890").waitFor();
      await journey.shot("home");
      await expectNoAxeViolations(journey.page, "password: home");
      // And home now stays home.
      await page.reload();
      await onScreen(page, "ホーム");
      expect(page.url()).toMatch(/\/home$/);

      // A fresh browser: the temporary password is spent, the new one logs in to home.
      const fresh = await journey.openAnother();
      await expectLoginRefused(fresh.page, email, temporary);
      await logInToHome(fresh.page, email, PASSWORDS.second);
      await journey.shot("new-password-login", fresh.page);
      await expectNoAxeViolations(fresh.page, "password: new-password-login");

      expectNoPageErrors(journey);
      expectNoPageErrors(fresh);
    },
  );

  it(
    "from home's パスワードの変更: the current and a new password, a " +
      "completion on the page, then home; the new one logs in",
    async () => {
      const journey = await startJourney(browser(), "password-change");
      const { page, server } = journey;
      const email = "taro@example.jp";
      await registerThroughApi(server, "taro", email, PASSWORDS.first);
      await logInToHome(page, email, PASSWORDS.first);

      await page
        .getByRole("navigation", { name: "お客さま情報" })
        .getByRole("link", { name: "パスワードの変更" })
        .click();
      await page.waitForURL("**/password/change");
      await onScreen(page, "パスワードの変更");
      await see(
        page,
        "現在のパスワードと新しいパスワードを入力して、「変更する」ボタンを押してください。",
      );
      await field(page, "現在のパスワード").fill(PASSWORDS.first);
      await field(page, "新しいパスワード").fill(PASSWORDS.second);
      await field(page, "新しいパスワード（確認）").fill(PASSWORDS.second);
      await journey.shot("input");
      await expectNoAxeViolations(journey.page, "password: input");
      await page.getByRole("button", { name: "変更する" }).click();
      // An ordinary change is confirmed where it was made, not by a silent move to home.
      expect(await textOf(page.getByRole("status").filter({ hasText: "パスワード" }))).toBe(
        "パスワードを変更しました。",
      );
      expect(page.url()).toMatch(/\/password\/change$/);
      await onScreen(page, "パスワードの変更");
      await journey.shot("done");
      await expectNoAxeViolations(journey.page, "password: done");
      await page.getByRole("link", { name: "ホームへ" }).click();
      await page.waitForURL("**/home");
      await onScreen(page, "ホーム");
      await journey.shot("home");
      await expectNoAxeViolations(journey.page, "password: home");

      const fresh = await journey.openAnother();
      await expectLoginRefused(fresh.page, email, PASSWORDS.first);
      await logInToHome(fresh.page, email, PASSWORDS.second);

      expectNoPageErrors(journey);
      expectNoPageErrors(fresh);
    },
  );
});
