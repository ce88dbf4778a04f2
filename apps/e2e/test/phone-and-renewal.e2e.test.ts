import type { Locator, Page } from "playwright-core";
import { describe, expect, it, vi } from "vitest";
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
  textOf,
} from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser } from "../src/journey.ts";

// Several journeys, each with its own server, on a shared 2-core machine.
vi.setConfig({ testTimeout: 180_000 });

const browser = useBrowser();

const EMAIL = "taro@example.jp";
const REFERENCE = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/** 見本 太郎, registered through the API, logged in on `page` through the login screen; on home. */
async function logInAsTaro(page: Page): Promise<void> {
  await page.goto("/login");
  await onScreen(page, "お客さまWebサービス ログイン");
  await logIn(page, EMAIL, PASSWORDS.first);
  await page.waitForURL("**/home");
  await onScreen(page, "ホーム");
}

/** The page does not scroll sideways: nothing is wider than the screen. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = (await page.evaluate(
    "({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })",
  )) as { scrollWidth: number; innerWidth: number };
  expect(scrollWidth, `page width on ${where} (viewport ${innerWidth})`).toBeLessThanOrEqual(
    innerWidth,
  );
}

/** The element is fully inside the 390 px viewport, as rendered now. */
async function expectInViewportWidth(page: Page, locator: Locator, what: string): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, what).not.toBeNull();
  expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(width);
}

/** A contract's card on a phone, by its policy number. */
const card = (page: Page, policyNumber: string) =>
  page.getByRole("article", { name: `契約番号 ${policyNumber}` });

/** The header's brand, ログアウト and language switch share one row. */
async function expectHeaderOnOneRow(
  page: Page,
  logoutName = "ログアウト",
  languagesName = "表示言語",
): Promise<void> {
  const header = page.getByRole("banner");
  const boxes = await Promise.all(
    [
      header.getByRole("link").first(),
      header.getByRole("button", { name: logoutName }),
      header.getByRole("group", { name: languagesName }),
    ].map((l) => l.boundingBox()),
  );
  const [brand, logout, languages] = boxes as [Box, Box, Box];
  // Each sits beside the previous one, none below another.
  expect(logout.x, "ログアウト right of the brand").toBeGreaterThanOrEqual(brand.x + brand.width);
  expect(languages.x, "languages right of ログアウト").toBeGreaterThanOrEqual(
    logout.x + logout.width,
  );
  for (const box of [logout, languages])
    expect(box.y, "on the brand's row").toBeLessThan(brand.y + brand.height);
}

type Box = { x: number; y: number; width: number; height: number };

/** The computed colours of an element: the pressed language must not look like ログアウト. */
interface Styles {
  backgroundColor: string;
  color: string;
  borderTopWidth: string;
  textDecorationLine: string;
}
const colours = (locator: Locator) =>
  locator.evaluate((element: unknown) => {
    // (This package is type-checked without the DOM library.)
    const view = globalThis as unknown as { getComputedStyle(e: unknown): Styles };
    const s = view.getComputedStyle(element);
    return [s.backgroundColor, s.color, s.borderTopWidth, s.textDecorationLine].join(" | ");
  });

describe("the contract list on a phone (390 × 844)", () => {
  it("shows each contract as a card, its 継続手続 button in view, the page never wider than the screen", async () => {
    const journey = await startJourney(browser(), "phone-home", { viewport: "phone" });
    const { page, server } = journey;
    await registerThroughApi(server, "taro", EMAIL, PASSWORDS.first);
    await logInAsTaro(page);

    const list = page.getByRole("list", { name: "ご契約一覧" });
    await list.waitFor();
    expect(await page.getByRole("table").count(), "no table on a phone").toBe(0);
    const renewable = card(page, "0123456789");
    expect(await textOf(definition(renewable, "満期日"))).toBe("2026年12月25日");
    expect(await textOf(definition(renewable, "契約内容"))).toBe(
      "自家用普通乗用車 みらいセダン 品川300あ12-34",
    );
    expect(await textOf(definition(renewable, "契約期間"))).toBe("2025年12月25日～2026年12月25日");
    const button = renewable.getByRole("link", { name: "継続手続 0123456789" });
    await expectInViewportWidth(page, button, "the 継続手続 button");
    const tooEarly = card(page, "0123456790");
    await expectInViewportWidth(
      page,
      tooEarly.getByText("この契約の継続手続は2027年05月24日から承ります。"),
      "the reason on the card that cannot be renewed yet",
    );
    await expectNoSidewaysScroll(page, "home");
    await expectHeaderOnOneRow(page);
    await expectNoAxeViolations(page, "home on a phone");
    await page.evaluate("window.scrollTo(0, 0)");
    await journey.shot("home");

    // The language in use reads as chosen, and ログアウト looks like neither language button.
    const header = page.getByRole("banner");
    const japanese = header.getByRole("button", { name: "日本語" });
    const english = header.getByRole("button", { name: "English" });
    const logout = header.getByRole("button", { name: "ログアウト" });
    expect(await japanese.getAttribute("aria-pressed")).toBe("true");
    expect(await english.getAttribute("aria-pressed")).toBe("false");
    const [pressed, unpressed, logoutLook] = await Promise.all(
      [japanese, english, logout].map(colours),
    );
    expect(pressed).not.toBe(unpressed);
    expect(logoutLook).not.toBe(pressed);
    expect(logoutLook).not.toBe(unpressed);

    // English on a phone: the cards and the header still fit.
    await english.click();
    await page.getByRole("list", { name: "Your contracts" }).waitFor();
    await expectInViewportWidth(
      page,
      page.getByRole("link", { name: "Renew 0123456789" }),
      "the Renew button",
    );
    await expectNoSidewaysScroll(page, "home in English");
    await expectHeaderOnOneRow(page, "Log out", "Language");
    await page.evaluate("window.scrollTo(0, 0)");
    await journey.shot("home-english");

    expectNoPageErrors(journey);
  });
});

describe("after a renewal", () => {
  it("shows the current and the next period without contradiction; 受付番号 and premium on completion", async () => {
    const journey = await startJourney(browser(), "phone-renewal", { viewport: "phone" });
    const { page, server } = journey;
    await registerThroughApi(server, "taro", EMAIL, PASSWORDS.first);
    await logInAsTaro(page);

    await card(page, "0123456789").getByRole("link", { name: "継続手続 0123456789" }).click();
    await onScreen(page, "お見積り", 2);
    await expectNoSidewaysScroll(page, "the quote");
    await expectNoAxeViolations(page, "the quote");
    await journey.shot("quote");
    await page.getByRole("button", { name: "次へ" }).click();
    await onScreen(page, "ご確認", 2);
    await expectNoAxeViolations(page, "the confirmation");
    await page.getByRole("button", { name: "確定" }).click();

    await onScreen(page, "継続手続が完了しました", 2);
    const reference = await textOf(definition(page, "受付番号"));
    expect(reference).toMatch(REFERENCE);
    expect(await textOf(definition(page, "年間保険料"))).toBe("41,650円");
    expect(await textOf(definition(page, "新しい満期日"))).toBe("2027年12月25日");
    await see(page, "お問い合わせの際は、受付番号をお伝えください。");
    await expectNoSidewaysScroll(page, "the completion");
    await expectNoAxeViolations(page, "the completion");
    await journey.shot("done");

    // Home on the phone: the card names both periods and the same 受付番号.
    await page.getByRole("link", { name: "ホームへ" }).click();
    await page.waitForURL("**/home");
    const renewed = card(page, "0123456789");
    await renewed.getByText("この契約の継続手続はすでに完了しています。").waitFor();
    expect(await textOf(definition(renewed, "満期日"))).toBe("2026年12月25日");
    expect(await textOf(definition(renewed, "契約期間"))).toBe("2025年12月25日～2026年12月25日");
    expect(await textOf(definition(renewed, "次期契約期間"))).toBe(
      "2026年12月25日～2027年12月25日",
    );
    expect(await textOf(definition(renewed, "新しい満期日"))).toBe("2027年12月25日");
    await see(renewed, `受付番号: ${reference}`);
    expect(await page.getByText("契約一覧で新しい満期日をご確認ください").count()).toBe(0);
    await expectNoSidewaysScroll(page, "home after the renewal");
    await expectNoAxeViolations(page, "home after the renewal, phone");
    await journey.shot("home-after");

    // The same customer on a desktop: the table row says the same, column by column.
    const desktop = await journey.openAnother("desktop");
    await logInAsTaro(desktop.page);
    const row = contractRow(desktop.page, "0123456789");
    await row.getByText("この契約の継続手続はすでに完了しています。").waitFor();
    const cells = await cellsOf(row);
    expect(cells.slice(2, 5)).toEqual([
      "2026年12月25日 新しい満期日: 2027年12月25日",
      "自家用普通乗用車 みらいセダン 品川300あ12-34",
      "2025年12月25日～2026年12月25日 次期契約期間: 2026年12月25日～2027年12月25日",
    ]);
    expect(cells.at(-1)).toBe(`この契約の継続手続はすでに完了しています。 受付番号: ${reference}`);
    await expectNoAxeViolations(desktop.page, "home after the renewal, desktop");
    await journey.shot("home-after-desktop", desktop.page);

    expectNoPageErrors(journey);
    expectNoPageErrors(desktop);
  });
});

describe("the recovery keyword", () => {
  it("is shown in two groups of five and accepted as shown, with the space", async () => {
    const journey = await startJourney(browser(), "phone-keyword", { viewport: "phone" });
    const { page, server } = journey;
    await registerThroughApi(server, "taro", EMAIL, PASSWORDS.first);

    await page.goto("/forgot");
    await onScreen(page, "お客さま情報の入力", 2);
    await field(page, "メールアドレス").fill(EMAIL);
    await field(page, "年").selectOption("1975");
    await field(page, "月").selectOption("1");
    await field(page, "日").selectOption("1");
    await page.getByRole("button", { name: "次へ" }).click();
    await onScreen(page, "キーワードの発行", 2);
    const keyword = await textOf(definition(page, "キーワード"));
    expect(keyword).toMatch(/^\d{5} \d{5}$/);
    await expectNoSidewaysScroll(page, "the keyword");
    await journey.shot("keyword");

    const mail = await openMail(
      page,
      EMAIL,
      "【みらい損害保険】ユーザーID・パスワード再登録手続きのご案内",
    );
    await mail.getByRole("link", { name: /\/link#/ }).click();
    await onScreen(page, "ユーザーID・パスワード再登録");
    await field(page, "キーワード").fill(keyword);
    await expectNoAxeViolations(page, "the keyword entry");
    await journey.shot("keyword-entry");
    await page.getByRole("button", { name: "次へ" }).click();
    await onScreen(page, "設定情報の変更");

    expectNoPageErrors(journey);
  });
});

describe("registration on a phone", () => {
  it("keeps the birth date on one line, opens the years near typical ones, reviews the kana as katakana", async () => {
    const journey = await startJourney(browser(), "phone-registration", { viewport: "phone" });
    const { page } = journey;
    await page.goto("/register");
    await onScreen(page, "お客さま情報の入力", 2);

    const year = field(page, "年");
    const [y, m, d] = await Promise.all(
      [year, field(page, "月"), field(page, "日")].map((l) => l.boundingBox()),
    );
    expect(y && m && d, "the three selects are shown").toBeTruthy();
    expect(Math.abs(y!.y - m!.y), "月 on the year's line").toBeLessThan(2);
    expect(Math.abs(y!.y - d!.y), "日 on the year's line").toBeLessThan(2);
    await expectInViewportWidth(page, field(page, "日"), "the day select");
    // The empty choice, which the list opens at, sits just above a typical birth year.
    const around = await year.evaluate(
      (select: { value: string; selectedIndex: number; options: ArrayLike<{ value: string }> }) => [
        select.value,
        select.options[select.selectedIndex + 1]?.value,
        select.options[select.options.length - 1]?.value,
      ],
    );
    expect(around).toEqual(["", "1986", "1900"]);

    await field(page, "姓").fill("見本");
    await field(page, "名").fill("太郎");
    await field(page, "セイ").fill("みほん");
    await field(page, "メイ").fill("ﾀﾛｳ");
    await year.selectOption("1975");
    await field(page, "月").selectOption("1");
    await field(page, "日").selectOption("1");
    await field(page, "メールアドレス").fill("taro.mihon@example.jp");
    await field(page, "キーワード").fill("Sakura77");
    await field(page, "社員番号").fill("123456789");
    await field(page, "利用規約に同意します。").check();
    await expectNoSidewaysScroll(page, "the registration input");
    await expectNoAxeViolations(page, "the registration input");
    await journey.shot("input");
    await page.getByRole("button", { name: "次へ" }).click();

    await onScreen(page, "入力内容の確認", 2);
    expect(await textOf(definition(page, "契約者氏名カナ"))).toBe("ミホン タロウ");
    await expectNoAxeViolations(page, "the registration review");
    await journey.shot("review");

    expectNoPageErrors(journey);
  });
});
