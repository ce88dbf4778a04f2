import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../src/journeys/accessibility.ts";
import { PASSWORDS, registerThroughApi } from "../src/journeys/customers.ts";
import {
  cellsOf,
  contractRow,
  definition,
  field,
  logIn,
  onScreen,
  openMail,
  see,
  sidewaysOverflow,
  textOf,
} from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser, type Journey } from "../src/journey.ts";

const browser = useBrowser();

const EMAIL = "taro@example.jp";
const LOGIN_FAILED = "ユーザーIDまたはパスワード/仮パスワードが正しくありません。";

/** 見本 太郎, registered (through the API) and logged in through the login screen; on home. */
async function loggedInTaro(journey: Journey): Promise<Page> {
  const { page, server } = journey;
  await registerThroughApi(server, "taro", EMAIL, PASSWORDS.first);
  await page.goto("/login");
  await onScreen(page, "お客さまWebサービス ログイン");
  await logIn(page, EMAIL, PASSWORDS.first);
  await page.waitForURL("**/home");
  await onScreen(page, "ホーム");
  await contractRow(page, "0123456789").waitFor();
  return page;
}

describe("login", () => {
  it(
    "refuses a wrong password with the same message as " +
      "an unknown ID, then logs in and shows the contracts",
    async () => {
      const journey = await startJourney(browser(), "login");
      const { page, server } = journey;
      await registerThroughApi(server, "taro", EMAIL, PASSWORDS.first);

      // A protected screen sends the visitor to the login page first.
      await page.goto("/home");
      await page.waitForURL("**/login");
      await onScreen(page, "お客さまWebサービス ログイン");
      await see(page, "初めてご利用いただく方はこちら");
      await see(page, "ユーザーID・パスワードをお忘れの方はこちら");
      await journey.shot("login-page");
      await expectNoAxeViolations(journey.page, "session: login-page");

      await logIn(page, EMAIL, "Wrong-password-1");
      const alert = page.getByRole("alert");
      expect(await textOf(alert)).toContain(LOGIN_FAILED);
      // The password is cleared for the retry; the user ID stays.
      expect(await field(page, "パスワード/仮パスワード").inputValue()).toBe("");
      expect(await field(page, "ユーザーID").inputValue()).toBe(EMAIL);
      await journey.shot("wrong-password");
      await expectNoAxeViolations(journey.page, "session: wrong-password");

      // An unknown user ID gets exactly the same answer (no account enumeration).
      await logIn(page, "nobody@example.jp", PASSWORDS.first);
      await page.getByRole("alert").filter({ hasText: LOGIN_FAILED }).waitFor();
      expect(await textOf(page.getByRole("alert"))).toBe(await textOf(alert));

      // The right password: back to the screen that asked for the login.
      await logIn(page, EMAIL, PASSWORDS.first);
      await page.waitForURL("**/home");
      await onScreen(page, "ホーム");
      await see(page, "見本 太郎 様、お客さまWebサービスへようこそ。");
      await onScreen(page, "契約の継続手続", 2);
      await page.getByRole("table", { name: "ご契約一覧" }).waitFor();
      expect(await page.getByRole("columnheader").allInnerTexts()).toEqual([
        "契約番号",
        "締結日",
        "満期日",
        "契約内容",
        "契約期間",
        "お手続き",
      ]);
      // Due in 30 days: renewable online.
      expect(await cellsOf(contractRow(page, "0123456789"))).toEqual([
        "0123456789",
        "2025年12月11日",
        "2026年12月25日",
        "自家用普通乗用車 みらいセダン 品川300あ12-34",
        "2025年12月25日～2026年12月25日",
        "継続手続",
      ]);
      // Due in 240 days: not yet, and the screen says from when.
      expect(await cellsOf(contractRow(page, "0123456790"))).toEqual([
        "0123456790",
        "2026年07月09日",
        "2027年07月23日",
        "自家用軽四輪乗用車 みらいミニ 品川580か56-78",
        "2026年07月23日～2027年07月23日",
        "この契約の継続手続は2027年05月24日から承ります。",
      ]);
      // Only the policyholder's own contracts, and one renewal button.
      expect(
        await page
          .getByRole("table", { name: "ご契約一覧" })
          .getByRole("rowheader")
          .allInnerTexts(),
      ).toEqual(["0123456789", "0123456790"]);
      expect(await page.getByRole("link", { name: /^継続手続/ }).count()).toBe(1);
      await journey.shot("home");
      await expectNoAxeViolations(journey.page, "session: home");

      expectNoPageErrors(journey);
    },
  );

  it("shows the whole contract table on a desktop, without sideways scrolling", async () => {
    const journey = await startJourney(browser(), "home-desktop");
    const page = await loggedInTaro(journey);
    const table = page.getByRole("region", { name: "ご契約一覧" });
    // Above 64rem the "scroll sideways" hint is hidden, so nothing (least of all the 継続手続
    // button in the last column) may be cut off.
    expect(
      await page
        .getByText("表が画面に収まらない場合は、横にスクロールしてご覧ください。")
        .isVisible(),
    ).toBe(false);
    await journey.shot("home");
    await expectNoAxeViolations(journey.page, "session: home");
    expect(
      await sidewaysOverflow(table),
      "pixels of the contract table hidden sideways on a 1280×800 desktop",
    ).toBe(0);
    const button = await page.getByRole("link", { name: "継続手続 0123456789" }).boundingBox();
    const box = await table.boundingBox();
    expect(
      button && box && button.x + button.width <= box.x + box.width,
      "the 継続手続 button is inside the visible table",
    ).toBe(true);
  });
});

describe("renewal", () => {
  it(
    "renews a contract through quote, confirmation and completion; " +
      "the list shows the new expiry and a mail confirms it",
    async () => {
      const journey = await startJourney(browser(), "renewal");
      const { server } = journey;
      const page = await loggedInTaro(journey);

      await page.getByRole("link", { name: "継続手続 0123456789" }).click();
      await page.waitForURL(/\/renew\//);
      await onScreen(page, "契約の継続手続");
      await onScreen(page, "お見積り", 2);
      expect(await textOf(definition(page, "契約番号"))).toBe("0123456789");
      expect(await textOf(definition(page, "契約内容"))).toBe(
        "自家用普通乗用車 みらいセダン 品川300あ12-34",
      );
      expect(await textOf(definition(page, "新しい契約期間"))).toBe(
        "2026年12月25日～2027年12月25日",
      );
      // A claim-free year: grade 12 → 13 (50%), group discount 15%: 98,000 × 0.50 × 0.85.
      expect(await textOf(definition(page, "ノンフリート等級"))).toBe("12等級 → 13等級");
      expect(await textOf(definition(page, "団体割引"))).toBe("15%");
      expect(await textOf(definition(page, "年間保険料"))).toBe("41,650円");
      await journey.shot("quote");
      await expectNoAxeViolations(journey.page, "session: quote");

      await page.getByRole("button", { name: "次へ" }).click();
      await onScreen(page, "ご確認", 2);
      await see(page, "この内容で継続手続を行います。よろしければ「確定」ボタンを押してください。");
      expect(await textOf(definition(page, "年間保険料"))).toBe("41,650円");
      await journey.shot("confirm");
      await expectNoAxeViolations(journey.page, "session: confirm");

      await page.getByRole("button", { name: "確定" }).click();
      await onScreen(page, "継続手続が完了しました", 2);
      expect(await textOf(definition(page, "新しい契約期間"))).toBe(
        "2026年12月25日～2027年12月25日",
      );
      expect(await textOf(definition(page, "新しい満期日"))).toBe("2027年12月25日");
      expect(await textOf(definition(page, "ノンフリート等級"))).toBe("13等級");
      expect(await textOf(definition(page, "年間保険料"))).toBe("41,650円");
      await see(page, "確認メールを送信しました。");
      await journey.shot("done");
      await expectNoAxeViolations(journey.page, "session: done");

      await page.getByRole("link", { name: "ホームへ" }).click();
      await page.waitForURL("**/home");
      const row = contractRow(page, "0123456789");
      await row.getByText("この契約の継続手続はすでに完了しています。").waitFor();
      // 満期日 and 契約期間 are the period in force, which runs on until it ends; the next
      // period and its expiry are labelled as such (issue 13 item 2).
      const cells = await cellsOf(row);
      expect(cells.slice(0, 5)).toEqual([
        "0123456789",
        "2025年12月11日",
        "2026年12月25日 新しい満期日: 2027年12月25日",
        "自家用普通乗用車 みらいセダン 品川300あ12-34",
        "2025年12月25日～2026年12月25日 次期契約期間: 2026年12月25日～2027年12月25日",
      ]);
      expect(cells.at(-1)).toMatch(
        /^この契約の継続手続はすでに完了しています。 受付番号: [0-9A-Z]{5}-[0-9A-Z]{5}$/,
      );
      expect(await page.getByRole("link", { name: /^継続手続/ }).count()).toBe(0);
      await journey.shot("home-after");
      await expectNoAxeViolations(journey.page, "session: home-after");

      // One confirmation mail, with the new period and the premium.
      const mail = await openMail(page, EMAIL, "【みらい損害保険】継続手続完了のお知らせ");
      const body = await textOf(mail.locator("pre"));
      expect(body).toContain("契約番号: 0123456789");
      expect(body).toContain("新しい保険期間: 2026年12月25日 ～ 2027年12月25日");
      expect(body).toContain("保険料: 41,650円");
      await journey.shot("mail");
      await expectNoAxeViolations(journey.page, "session: mail");
      expect(
        (await server.mailbox()).filter((m) => m.subject.includes("継続手続完了")),
      ).toHaveLength(1);

      expectNoPageErrors(journey);
    },
  );
});

describe("logout", () => {
  it("ends the session: the header button leads to the login page and home asks for a login again", async () => {
    const journey = await startJourney(browser(), "logout");
    const page = await loggedInTaro(journey);

    const logout = page.getByRole("banner").getByRole("button", { name: "ログアウト" });
    await logout.waitFor();
    await journey.shot("home");
    await expectNoAxeViolations(journey.page, "session: home");
    await logout.click();
    await page.waitForURL("**/login");
    await onScreen(page, "お客さまWebサービス ログイン");
    expect(await page.getByRole("button", { name: "ログアウト" }).count()).toBe(0);
    await journey.shot("logged-out");
    await expectNoAxeViolations(journey.page, "session: logged-out");

    // The session is over on the server, not just forgotten by the page: a fresh load of home
    // (a new `me` with whatever cookie the browser still holds) asks for a login.
    await page.goto("/home");
    await page.waitForURL("**/login");
    await onScreen(page, "お客さまWebサービス ログイン");
    // And the browser's back button does not bring the contracts back.
    await page.goBack();
    await page.waitForURL("**/login");
    expect(await page.getByRole("table", { name: "ご契約一覧" }).count()).toBe(0);

    expectNoPageErrors(journey);
  });
});
