import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../src/journeys/accessibility.ts";
import { expectNoPageErrors, startJourney, useBrowser } from "../src/journey.ts";

const browser = useBrowser();

describe("the agency landing page", () => {
  it("leads to the login page through ご継続のお手続きはこちら", async () => {
    const journey = await startJourney(browser(), "smoke");
    const { page } = journey;

    await page.goto("/");
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("インターネットからの自動車保険更新のお手続き");
    // The branding comes from the server's configuration, not from the build.
    await page.getByText("さくら保険サービスからのご案内").waitFor();
    await page.getByText("みらい損害保険 団体版 自動車保険").waitFor();
    expect(await page.title()).toBe(
      "インターネットからの自動車保険更新のお手続き | お客さまWebサービス",
    );
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
    await journey.shot("landing");
    await expectNoAxeViolations(journey.page, "smoke: landing");

    await page.getByRole("link", { name: "ご継続のお手続きはこちら" }).click();
    await page.waitForURL("**/login");
    await page.getByRole("heading", { level: 1, name: "お客さまWebサービス ログイン" }).waitFor();
    // The contact desk is shown beside the form.
    const desk = page.getByRole("complementary", { name: "お問い合わせ" });
    await desk.getByText("インターネットデスク").waitFor();
    expect(await desk.getByRole("link", { name: "0120-000-000" }).getAttribute("href")).toBe(
      "tel:0120000000",
    );
    await journey.shot("login");
    await expectNoAxeViolations(journey.page, "smoke: login");

    expectNoPageErrors(journey);
  });
});
