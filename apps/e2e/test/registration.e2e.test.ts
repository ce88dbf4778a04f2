import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../src/journeys/accessibility.ts";
import { PASSWORDS, registrationLinkFor } from "../src/journeys/customers.ts";
import {
  definition,
  field,
  onScreen,
  openMail,
  pageSidewaysOverflow,
  see,
  textOf,
} from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser } from "../src/journey.ts";

const browser = useBrowser();

const INVITATION = "【みらい損害保険】初回利用登録に関するご案内";
const HOUR = 3_600_000;

/** On a phone nothing may make the page itself scroll sideways. */
async function fitsThePhone(page: Page) {
  expect(await pageSidewaysOverflow(page), `the page scrolls sideways at ${page.url()}`).toBe(0);
}

describe("first-time registration", () => {
  it("walks from the landing page to a logged-in home, reading the link from the mailbox page (phone)", async () => {
    const journey = await startJourney(browser(), "registration", { viewport: "phone" });
    const { page, server } = journey;
    const email = "taro.mihon@example.jp";
    const keyword = "Sakura77";

    // Seed step 1–2: the agency's page, then the login page's way in for first-timers.
    await page.goto("/");
    await page.getByRole("link", { name: "ご継続のお手続きはこちら" }).click();
    await onScreen(page, "お客さまWebサービス ログイン");
    await page.getByRole("link", { name: "初めてご利用いただく方はこちら" }).click();
    await page.waitForURL("**/register");

    // Step 3: お客さま情報の入力, with the contact desk beside (below, on a phone) the form.
    await onScreen(page, "お客さまWebサービス 利用登録");
    await onScreen(page, "お客さま情報の入力", 2);
    await page
      .getByRole("complementary", { name: "お問い合わせ" })
      .getByText("インターネットデスク")
      .waitFor();
    await field(page, "姓").fill("見本");
    await field(page, "名").fill("太郎");
    await field(page, "セイ").fill("ミホン");
    await field(page, "メイ").fill("タロウ");
    await field(page, "年").selectOption("1975");
    await field(page, "月").selectOption("1");
    await field(page, "日").selectOption("1");
    await field(page, "メールアドレス").fill(email);
    await field(page, "キーワード").fill(keyword);
    await field(page, "社員番号").fill("123456789");
    await fitsThePhone(page);
    await journey.shot("input");
    await expectNoAxeViolations(journey.page, "registration: input");

    // The terms are required: 次へ without them says so and stays.
    await page.getByRole("button", { name: "次へ" }).click();
    const summary = page.getByRole("alert");
    await summary.waitFor();
    expect(await textOf(summary)).toMatch(/利用規約/);
    await onScreen(page, "お客さま情報の入力", 2);
    await journey.shot("terms-required");
    await expectNoAxeViolations(journey.page, "registration: terms-required");
    await field(page, "利用規約に同意します。").check();
    await page.getByRole("button", { name: "次へ" }).click();

    // Step 4: 入力内容の確認 shows the values back.
    await onScreen(page, "入力内容の確認", 2);
    expect(await textOf(definition(page, "契約者氏名"))).toBe("見本 太郎");
    expect(await textOf(definition(page, "契約者氏名カナ"))).toBe("ミホン タロウ");
    expect(await textOf(definition(page, "生年月日"))).toBe("1975年01月01日");
    expect(await textOf(definition(page, "メールアドレス (ユーザーID)"))).toBe(email);
    expect(await textOf(definition(page, "キーワード"))).toBe(keyword);
    expect(await textOf(definition(page, "社員番号"))).toBe("123456789");
    await fitsThePhone(page);
    await journey.shot("review");
    await expectNoAxeViolations(journey.page, "registration: review");
    await page.getByRole("button", { name: "次へ" }).click();

    // Step 5: the mail is sent and the keyword is shown, to be noted.
    await onScreen(page, "メールの送信、キーワード表示", 2);
    await see(page, "ご登録いただいたメールアドレスに初回利用登録の手続案内メールを送信しました。");
    expect(await textOf(definition(page, "キーワード"))).toBe(keyword);
    expect(await textOf(definition(page, "送信先"))).toBe(email);
    expect(await textOf(definition(page, "URLの有効期限"))).toBe("2026年11月27日 10:00");
    await see(page, "キーワードは、メモを取るなどして、必ずこの画面を閉じてください。");
    await fitsThePhone(page);
    await journey.shot("sent");
    await expectNoAxeViolations(journey.page, "registration: sent");

    // Step 6: the mail, read on the development mailbox page: a link valid 48 hours, no keyword.
    const mail = await openMail(page, email, INVITATION);
    const body = await textOf(mail.locator("pre"));
    expect(body).toContain("ご利用期限: 2026年11月27日10時まで");
    expect(body).toContain("インターネットデスク");
    expect(body).not.toContain(keyword);
    await journey.shot("mailbox");
    await expectNoAxeViolations(journey.page, "registration: mailbox");
    expect((await server.mailbox()).filter((m) => m.to === email)).toHaveLength(1);
    await mail.getByRole("link", { name: /\/link#/ }).click();
    await page.waitForURL(/\/link#.+/);

    // The link page asks for the keyword the customer chose.
    await onScreen(page, "初回利用登録");
    expect(await textOf(definition(page, "URLの有効期限"))).toBe("2026年11月27日 10:00");
    await field(page, "キーワード").fill(keyword);
    await fitsThePhone(page);
    await journey.shot("keyword");
    await expectNoAxeViolations(journey.page, "registration: keyword");
    await page.getByRole("button", { name: "次へ" }).click();

    // User ID (blank: the e-mail address) and password.
    await onScreen(page, "ユーザーID・パスワードの登録");
    await field(page, "パスワード").fill(PASSWORDS.first);
    await field(page, "パスワード（確認）").fill(PASSWORDS.first);
    await fitsThePhone(page);
    await journey.shot("credentials");
    await expectNoAxeViolations(journey.page, "registration: credentials");
    await page.getByRole("button", { name: "登録する" }).click();

    await onScreen(page, "利用登録が完了しました");
    await see(
      page,
      "お客さまWebサービスの利用登録が完了しました。ログインした状態になっています。",
    );
    expect(await textOf(definition(page, "ユーザーID"))).toBe(email);
    await journey.shot("done");
    await expectNoAxeViolations(journey.page, "registration: done");

    // Logged in: home shows 見本 太郎's contracts.
    await page.getByRole("link", { name: "ホームへ" }).click();
    await onScreen(page, "ホーム");
    await see(page, "見本 太郎 様、お客さまWebサービスへようこそ。");
    // On a phone each contract is a card (issue 13 item 1); the page does not scroll sideways.
    const card = page.getByRole("article", { name: "契約番号 0123456789" });
    expect(await textOf(definition(card, "締結日"))).toBe("2025年12月11日");
    expect(await textOf(definition(card, "満期日"))).toBe("2026年12月25日");
    await page.getByRole("article", { name: "契約番号 0123456790" }).waitFor();
    await fitsThePhone(page);
    await journey.shot("home");
    await expectNoAxeViolations(journey.page, "registration: home");

    // The link worked once: opened again it says so.
    await page.goBack();
    await page.goto(
      (await server.mailbox())
        .find((m) => m.to === email)!
        .links.find((l) => l.includes("/link#"))!,
    );
    await onScreen(page, "このURLはすでに使用されています");
    await journey.shot("link-used");
    await expectNoAxeViolations(journey.page, "registration: link-used");

    expectNoPageErrors(journey);
  });
});

describe("the keyword on the link page", () => {
  it("refuses a wrong keyword, saying how many tries are left, then accepts the right one", async () => {
    const journey = await startJourney(browser(), "wrong-keyword");
    const { page, server } = journey;
    const link = await registrationLinkFor(server, "hanako", "hanako@example.jp", "Hanako85");

    await page.goto(link);
    await onScreen(page, "初回利用登録");
    await field(page, "キーワード").fill("Hanako58");
    await page.getByRole("button", { name: "次へ" }).click();
    const alert = page.getByRole("alert");
    expect(await textOf(alert)).toContain(
      "キーワードが正しくありません。あと4回誤るとこのURLは無効になります。",
    );
    // Still the keyword screen, the field emptied for the retry, and nothing consumed.
    await onScreen(page, "初回利用登録");
    expect(await field(page, "キーワード").inputValue()).toBe("");
    await journey.shot("wrong");
    await expectNoAxeViolations(journey.page, "registration: wrong");

    await field(page, "キーワード").fill("Hanako85");
    await page.getByRole("button", { name: "次へ" }).click();
    await onScreen(page, "ユーザーID・パスワードの登録");
    await journey.shot("accepted");
    await expectNoAxeViolations(journey.page, "registration: accepted");

    expectNoPageErrors(journey);
  });

  it("kills the link after five wrong keywords", async () => {
    const journey = await startJourney(browser(), "dead-link");
    const { page, server } = journey;
    const link = await registrationLinkFor(server, "ichiro", "ichiro@example.jp", "Ichiro90");

    await page.goto(link);
    await onScreen(page, "初回利用登録");
    for (let left = 4; left >= 1; left--) {
      await field(page, "キーワード").fill(`Wrong${left}000`);
      await page.getByRole("button", { name: "次へ" }).click();
      await page
        .getByRole("alert")
        .filter({ hasText: `あと${left}回誤るとこのURLは無効になります。` })
        .waitFor();
    }
    await field(page, "キーワード").fill("Wrong0000");
    await page.getByRole("button", { name: "次へ" }).click();
    await onScreen(page, "このURLは無効になりました");
    await see(
      page,
      "キーワードの誤りが続いたため、このURLは無効になりました。お手数ですが、最初からお手続きください。",
    );
    await page.getByRole("link", { name: "利用登録を最初からやり直す" }).waitFor();
    await journey.shot("dead");
    await expectNoAxeViolations(journey.page, "registration: dead");

    // Dead for good: even the right keyword cannot be entered any more.
    await page.reload();
    await onScreen(page, "このURLは無効になりました");
    expect(await field(page, "キーワード").count()).toBe(0);

    expectNoPageErrors(journey);
  });
});

describe("an expired registration link", () => {
  it("says the link has expired, whether opened after 48 hours or used after it ran out on screen", async () => {
    const journey = await startJourney(browser(), "expired-link");
    const { page, server } = journey;
    const link = await registrationLinkFor(server, "taro", "taro@example.jp", "Sakura77");

    // 47 h 59 min later the link still opens and asks for the keyword…
    await journey.moveClock(47 * HOUR + 59 * 60_000);
    await page.goto(link);
    await onScreen(page, "初回利用登録");
    await field(page, "キーワード").fill("Sakura77");
    await journey.shot("still-valid");
    await expectNoAxeViolations(journey.page, "registration: still-valid");
    // …but the customer answers two minutes later, after the 48 hours.
    await journey.moveClock(2 * 60_000);
    await page.getByRole("button", { name: "次へ" }).click();
    await onScreen(page, "URLの有効期限が切れています");
    await see(page, "このURLの有効期限が切れています。お手数ですが、最初からお手続きください。");
    await journey.shot("expired-on-submit");
    await expectNoAxeViolations(journey.page, "registration: expired-on-submit");

    // Opening it again afterwards says the same at once, with the way to start again.
    await page.reload();
    await onScreen(page, "URLの有効期限が切れています");
    expect(await field(page, "キーワード").count()).toBe(0);
    await page.getByRole("link", { name: "利用登録を最初からやり直す" }).click();
    await page.waitForURL("**/register");
    await onScreen(page, "お客さまWebサービス 利用登録");
    await journey.shot("restart");
    await expectNoAxeViolations(journey.page, "registration: restart");

    expectNoPageErrors(journey);
  });
});
