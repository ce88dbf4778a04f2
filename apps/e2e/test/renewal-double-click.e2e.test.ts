import { ContractPeriod } from "@cws/domain";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../src/journeys/accessibility.ts";
import { PASSWORDS, registerThroughApi } from "../src/journeys/customers.ts";
import { cellsOf, contractRow, logIn, onScreen, openMail, textOf } from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser, type Journey } from "../src/journey.ts";

const browser = useBrowser();

const EMAIL = "hanako@example.jp";
const POLICY = "0234567890";
const RENEWED_MAIL = "【みらい損害保険】継続手続完了のお知らせ";

/**
 * 試験 花子 logged in, on the confirmation screen of her contract due in 10 days, with a
 * slow network (each renewContract answer takes 400 ms) so a second click lands while the
 * first is still on its way. Returns the idempotency keys the browser sends.
 */
async function onConfirmation(
  journey: Journey,
): Promise<{ page: Page; confirm: Locator; keys: string[] }> {
  const { page, server } = journey;
  await registerThroughApi(server, "hanako", EMAIL, PASSWORDS.second);
  const keys: string[] = [];
  await page.route("**/graphql", async (route) => {
    const body = route.request().postData() ?? "";
    if (body.includes("mutation RenewContract")) {
      keys.push(
        (JSON.parse(body) as { variables: { input: { idempotencyKey: string } } }).variables.input
          .idempotencyKey,
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    await route.continue();
  });
  await page.goto("/login");
  await logIn(page, EMAIL, PASSWORDS.second);
  await onScreen(page, "ホーム");
  await page.getByRole("link", { name: `継続手続 ${POLICY}` }).click();
  await onScreen(page, "お見積り", 2);
  await page.getByRole("button", { name: "次へ" }).click();
  await onScreen(page, "ご確認", 2);
  return { page, confirm: page.getByRole("button", { name: "確定" }), keys };
}

/** After the clicks: one completion screen, one renewal in the list, one new period, one mail. */
async function expectRenewedOnce(journey: Journey, page: Page, keys: string[]) {
  await onScreen(page, "継続手続が完了しました", 2);
  expect(await page.getByRole("heading", { name: "継続手続を行えませんでした" }).count()).toBe(0);
  await journey.shot("done");
  await expectNoAxeViolations(journey.page, "renewal-double-click: done");
  // Any repeat the browser did send carried the same key, so the server could only replay it.
  expect(keys.length).toBeGreaterThanOrEqual(1);
  expect(new Set(keys).size).toBe(1);

  await page.getByRole("link", { name: "ホームへ" }).click();
  const row = contractRow(page, POLICY);
  await row.getByText("この契約の継続手続はすでに完了しています。").waitFor();
  const cells = await cellsOf(row);
  // 満期日 of the period in force, then the new one, labelled; one 受付番号 (issue 13 item 2).
  expect(cells[2]).toBe("2026年12月05日 新しい満期日: 2027年12月05日");
  expect(cells.at(-1)).toMatch(/受付番号: [0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await journey.shot("home");
  await expectNoAxeViolations(journey.page, "renewal-double-click: home");

  // Exactly one confirmation mail, as the mailbox page shows it.
  await openMail(page, EMAIL, RENEWED_MAIL);
  expect(await page.getByRole("article", { name: RENEWED_MAIL, exact: true }).count()).toBe(1);
  expect(
    await textOf(page.getByRole("article", { name: RENEWED_MAIL, exact: true }).locator("pre")),
  ).toContain(`契約番号: ${POLICY}`);
  await journey.shot("mailbox");
  await expectNoAxeViolations(journey.page, "renewal-double-click: mailbox");

  // And in the database: the old period and one new one, nothing more.
  const periods = await journey.server.db.orm.em
    .fork()
    .find(ContractPeriod, { contract: { policyNumber: POLICY } }, { orderBy: { startsOn: "asc" } });
  expect(
    periods.map((p) => [String(p.startsOn).slice(0, 10), String(p.endsOn).slice(0, 10)]),
  ).toEqual([
    ["2025-12-05", "2026-12-05"],
    ["2026-12-05", "2027-12-05"],
  ]);
}

describe("a double click on 確定", () => {
  it("renews only once (a person's double click)", async () => {
    const journey = await startJourney(browser(), "double-click");
    const { page, confirm, keys } = await onConfirmation(journey);
    await confirm.dblclick();
    await expectRenewedOnce(journey, page, keys);
    expectNoPageErrors(journey);
  });

  it("renews only once when both clicks land before the screen can re-render", async () => {
    const journey = await startJourney(browser(), "double-click-same-task");
    const { page, confirm, keys } = await onConfirmation(journey);
    // Two clicks in one task: React has no chance to disable the button in between.
    await confirm.evaluate((button: { click(): void }) => {
      button.click();
      button.click();
    });
    await expectRenewedOnce(journey, page, keys);
    expectNoPageErrors(journey);
  });
});
