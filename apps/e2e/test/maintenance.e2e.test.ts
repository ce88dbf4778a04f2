import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../src/journeys/accessibility.ts";
import { definition, field, onScreen, textOf } from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser } from "../src/journey.ts";

const browser = useBrowser();

describe("the weekly maintenance window (Monday 02:00–04:00 Japan time)", () => {
  it("shows the maintenance page with the reopening time, and the screens again once it is over", async () => {
    const journey = await startJourney(browser(), "maintenance", { viewport: "phone" });
    const { page } = journey;

    // Wednesday 10:00: open; the login page announces the next window.
    await page.goto("/login");
    await onScreen(page, "お客さまWebサービス ログイン");
    await page.getByText("ご利用可能時間は毎週月曜日AM2時からAM4時を除く全日です。").waitFor();
    expect(await textOf(definition(page, "次回のメンテナンス開始"))).toBe("2026年11月30日 02:00");
    await journey.shot("hours");
    await expectNoAxeViolations(journey.page, "maintenance: hours");

    // Monday 01:59: a customer starts to log in, and sends the form once the window has begun.
    await journey.moveClock("2026-11-30T01:59:00+09:00");
    await page.reload();
    await field(page, "ユーザーID").fill("taro@example.jp");
    await field(page, "パスワード/仮パスワード").fill("Mihon2026xyz");
    await journey.moveClock("2026-11-30T02:30:00+09:00");
    await page.getByRole("button", { name: "ログイン", exact: true }).click();
    await onScreen(page, "ただいまメンテナンス中です");
    await journey.shot("closed-mid-form");
    await expectNoAxeViolations(journey.page, "maintenance: closed-mid-form");

    // Monday 02:30: closed. Every screen is replaced by the maintenance page.
    for (const path of ["/", "/login"]) {
      await page.goto(path);
      await onScreen(page, "ただいまメンテナンス中です");
      await page
        .getByText("ただいまメンテナンス中です。2026年11月30日 4:00に再開します。")
        .waitFor();
      expect(await textOf(definition(page, "再開予定日時"))).toBe("2026年11月30日 04:00");
      expect(
        await page.getByRole("heading", { name: "お客さまWebサービス ログイン" }).count(),
      ).toBe(0);
    }
    // The contact desk stays reachable while the service is closed.
    await page
      .getByRole("complementary", { name: "お問い合わせ" })
      .getByText("0120-000-000")
      .waitFor();
    await journey.shot("closed");
    await expectNoAxeViolations(journey.page, "maintenance: closed");

    // 04:00: open again; 再読み込み brings the screen back without leaving the page.
    await journey.moveClock("2026-11-30T04:00:00+09:00");
    await page.getByRole("button", { name: "再読み込み" }).click();
    await onScreen(page, "お客さまWebサービス ログイン");
    expect(await page.getByRole("heading", { name: "ただいまメンテナンス中です" }).count()).toBe(0);
    await journey.shot("reopened");
    await expectNoAxeViolations(journey.page, "maintenance: reopened");

    expectNoPageErrors(journey);
  });
});
