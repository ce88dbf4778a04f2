import { guideScreenshotDir } from "@cws/web/dist-path";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshotDir } from "../src/browser.ts";
import { updatingGuideScreenshots } from "../src/env.ts";
import { PASSWORDS, registerThroughApi } from "../src/journeys/customers.ts";
import { definition, field, logIn, onScreen, textOf } from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser, type Journey } from "../src/journey.ts";

/**
 * The usage guide's pictures (/guide/<flow>-<NN>-<language>.png) are screenshots of this
 * app, taken here by walking each flow, so the guide shows the screens as they are.
 *
 *   GUIDE_SCREENSHOTS=update pnpm --filter @cws/e2e exec vitest run test/guide-screenshots.e2e.test.ts
 *
 * writes them to apps/web/public/guide (commit them; the next build serves them). Without it
 * (CI) the walks still run and their pictures go to artifacts/e2e/guide, and the last test
 * checks that every picture the guide pages show is committed and loads in the browser.
 */

const browser = useBrowser();
const updating = updatingGuideScreenshots();
const outDir = updating ? guideScreenshotDir : path.join(screenshotDir, "guide");
const languages = ["ja", "en"] as const;
/** Wide enough for the desktop layout (form beside the contact box), small enough to read in a guide. */
const GUIDE_VIEWPORT = { width: 1024, height: 800 };
const FLOWS = ["registration", "reset", "renewal"] as const;
const taken = new Set<string>();

/** The screen's main area in Japanese, then in English (switched and back), as the guide shows it. */
async function shoot(page: Page, shot: string) {
  mkdirSync(outDir, { recursive: true });
  for (const language of languages) {
    await page.getByRole("button", { name: language === "ja" ? "日本語" : "English" }).click();
    await page.locator(`html[lang="${language}"]`).waitFor();
    await page.evaluate("document.fonts.ready.then(() => undefined)");
    await page.locator("main").screenshot({
      path: path.join(outDir, `${shot}-${language}.png`),
      animations: "disabled",
      caret: "hide",
    });
    taken.add(`${shot}-${language}.png`);
  }
  await page.getByRole("button", { name: "日本語" }).click();
  await page.locator('html[lang="ja"]').waitFor();
}

async function guideJourney(name: string): Promise<Journey> {
  const journey = await startJourney(browser(), `guide-${name}`);
  await journey.page.setViewportSize(GUIDE_VIEWPORT);
  return journey;
}

/** An image's width once it has loaded (0 before, or when it is broken). */
const loadedWidth = (img: unknown) => {
  const { complete, naturalWidth } = img as { complete: boolean; naturalWidth: number };
  return complete ? naturalWidth : 0;
};

/**
 * The link in the newest mail to `to` whose subject contains `subject`. The server's clock
 * stands still, so the registration mail and a later reset mail can share a timestamp: the
 * subject, not the order, tells them apart.
 */
const newestLink = async (journey: Journey, to: string, subject: string) =>
  (await journey.server.mailbox())
    .find((m) => m.to === to && m.subject.includes(subject))!
    .links.find((l) => l.includes("/link#"))!;

describe("the usage guide's screenshots", () => {
  it("registration: from the agency's page to a registered customer", async () => {
    const journey = await guideJourney("registration");
    const { page } = journey;
    const email = "taro.mihon@example.jp";

    await page.goto("/");
    await onScreen(page, "インターネットからの自動車保険更新のお手続き");
    await shoot(page, "registration-01");
    await page.getByRole("link", { name: "ご継続のお手続きはこちら" }).click();
    await onScreen(page, "お客さまWebサービス ログイン");
    await shoot(page, "registration-02");

    await page.getByRole("link", { name: "初めてご利用いただく方はこちら" }).click();
    await onScreen(page, "お客さま情報の入力", 2);
    await field(page, "姓").fill("見本");
    await field(page, "名").fill("太郎");
    await field(page, "セイ").fill("ミホン");
    await field(page, "メイ").fill("タロウ");
    await field(page, "年").selectOption("1975");
    await field(page, "月").selectOption("1");
    await field(page, "日").selectOption("1");
    await field(page, "メールアドレス").fill(email);
    await field(page, "キーワード").fill("Sakura77");
    await field(page, "社員番号").fill("123456789");
    await field(page, "利用規約に同意します。").check();
    await shoot(page, "registration-03");
    await page.getByRole("button", { name: "次へ" }).click();

    await onScreen(page, "入力内容の確認", 2);
    await shoot(page, "registration-04");
    await page.getByRole("button", { name: "次へ" }).click();

    await onScreen(page, "メールの送信、キーワード表示", 2);
    await shoot(page, "registration-05");

    await page.goto(await newestLink(journey, email, "初回利用登録"));
    await onScreen(page, "初回利用登録");
    await field(page, "キーワード").fill("Sakura77");
    await shoot(page, "registration-06");
    await page.getByRole("button", { name: "次へ" }).click();

    await onScreen(page, "ユーザーID・パスワードの登録");
    await field(page, "パスワード").fill(PASSWORDS.first);
    await field(page, "パスワード（確認）").fill(PASSWORDS.first);
    await shoot(page, "registration-07");
    await page.getByRole("button", { name: "登録する" }).click();

    await onScreen(page, "利用登録が完了しました");
    await shoot(page, "registration-08");
    expectNoPageErrors(journey);
  });

  it("reset: a forgotten password registered again", async () => {
    const journey = await guideJourney("reset");
    const { page, server } = journey;
    const email = "taro@example.jp";
    await registerThroughApi(server, "taro", email, PASSWORDS.first);

    await page.goto("/login");
    await onScreen(page, "お客さまWebサービス ログイン");
    await shoot(page, "reset-01");
    await page.getByRole("link", { name: "ユーザーID・パスワードをお忘れの方はこちら" }).click();
    await onScreen(page, "お客さま情報の入力", 2);
    await field(page, "メールアドレス").fill(email);
    await field(page, "年").selectOption("1975");
    await field(page, "月").selectOption("1");
    await field(page, "日").selectOption("1");
    await shoot(page, "reset-02");
    await page.getByRole("button", { name: "次へ" }).click();

    await onScreen(page, "キーワードの発行", 2);
    const keyword = (await textOf(definition(page, "キーワード"))).replace(/\s/g, "");
    await shoot(page, "reset-03");

    await page.goto(await newestLink(journey, email, "再登録"));
    await onScreen(page, "ユーザーID・パスワード再登録");
    await field(page, "キーワード").fill(keyword);
    await shoot(page, "reset-04");
    await page.getByRole("button", { name: "次へ" }).click();

    await onScreen(page, "設定情報の入力", 2);
    await field(page, "パスワード").fill("Renewed-Pass9");
    await field(page, "パスワード（確認）").fill("Renewed-Pass9");
    await shoot(page, "reset-05");
    await page.getByRole("button", { name: "次へ" }).click();

    await onScreen(page, "変更内容の確認", 2);
    await shoot(page, "reset-06");
    await page.getByRole("button", { name: "確定" }).click();

    await onScreen(page, "完了", 2);
    await shoot(page, "reset-07");
    expectNoPageErrors(journey);
  });

  it("renewal: log in, the contract list, quote, confirmation, done", async () => {
    const journey = await guideJourney("renewal");
    const { page, server } = journey;
    const email = "taro@example.jp";
    await registerThroughApi(server, "taro", email, PASSWORDS.first);

    await page.goto("/login");
    await onScreen(page, "お客さまWebサービス ログイン");
    await field(page, "ユーザーID").fill(email);
    await field(page, "パスワード/仮パスワード").fill(PASSWORDS.first);
    await shoot(page, "renewal-01");
    await logIn(page, email, PASSWORDS.first);
    await page.waitForURL("**/home");
    await onScreen(page, "ホーム");
    await page.getByRole("link", { name: "継続手続 0123456789" }).waitFor();
    await shoot(page, "renewal-02");

    await page.getByRole("link", { name: "継続手続 0123456789" }).click();
    await onScreen(page, "お見積り", 2);
    await shoot(page, "renewal-03");
    await page.getByRole("button", { name: "次へ" }).click();
    await onScreen(page, "ご確認", 2);
    await shoot(page, "renewal-04");
    await page.getByRole("button", { name: "確定" }).click();
    await onScreen(page, "継続手続が完了しました", 2);
    await shoot(page, "renewal-05");
    expectNoPageErrors(journey);
  });

  // The pages show what the build copied from public/guide: after an update, build and run again.
  it.skipIf(updating)(
    "are committed, one for each picture the guide pages show, and load there",
    async () => {
      const journey = await startJourney(browser(), "guide-pages");
      const { page } = journey;
      const shown = new Set<string>();
      for (const language of languages) {
        for (const flow of FLOWS) {
          await page.goto(`/guide/${flow}`);
          await page
            .getByRole("button", { name: language === "ja" ? "日本語" : "English" })
            .click();
          await page.locator(`html[lang="${language}"]`).waitFor();
          const pictures = page.locator("main figure img");
          await pictures.first().waitFor();
          expect(await pictures.count(), `${flow} (${language})`).toBeGreaterThan(3);
          for (const picture of await pictures.all()) {
            const src = (await picture.getAttribute("src"))!;
            expect(src).toMatch(new RegExp(`^/guide/${flow}-\\d{2}-${language}\\.png$`));
            // The pictures load lazily: bring each into view, then it must have loaded.
            await picture.scrollIntoViewIfNeeded();
            await expect.poll(() => picture.evaluate(loadedWidth)).toBeGreaterThan(300);
            shown.add(path.posix.basename(src));
          }
        }
      }
      const committed = readdirSync(guideScreenshotDir).filter((name) => name.endsWith(".png"));
      expect(new Set(committed), "the pictures in apps/web/public/guide").toEqual(shown);
      for (const name of committed) {
        const file = path.join(guideScreenshotDir, name);
        expect(existsSync(file)).toBe(true);
        // A PNG, not an empty or placeholder file.
        expect(readFileSync(file).subarray(0, 8).toString("hex"), name).toBe("89504e470d0a1a0a");
      }
      // The walks above took exactly the pictures the guide shows.
      if (taken.size > 0) expect(taken).toEqual(shown);
      expectNoPageErrors(journey);
    },
  );
});
