import { readFile } from "node:fs/promises";
import { PDFParse } from "pdf-parse";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PASSWORDS, registerThroughApi } from "../src/journeys/customers.ts";
import { logInToHome, onScreen } from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser } from "../src/journey.ts";

const browser = useBrowser();

const EMAIL = "taro@example.jp";
const POLICY = "0123456789";

/** Clicks a download link and returns what the browser saved, and the name it suggested. */
async function download(page: Page, link: Locator): Promise<{ bytes: Buffer; name: string }> {
  const [saved] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await saved.path();
  return { bytes: await readFile(path), name: saved.suggestedFilename() };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe("the renewal certificate", () => {
  it("is downloaded as a PDF from the completion screen and from home after a renewal", async () => {
    const journey = await startJourney(browser(), "renewal-certificate");
    const { page, server } = journey;
    await registerThroughApi(server, "taro", EMAIL, PASSWORDS.first);
    await logInToHome(page, EMAIL, PASSWORDS.first);
    // Nothing renewed yet: home offers no certificate.
    expect(await page.getByRole("region", { name: "継続手続完了のお知らせ" }).count()).toBe(0);

    await page.getByRole("link", { name: `継続手続 ${POLICY}` }).click();
    await onScreen(page, "お見積り", 2);
    await page.getByRole("button", { name: "次へ" }).click();
    await onScreen(page, "ご確認", 2);
    await page.getByRole("button", { name: "確定" }).click();
    await onScreen(page, "継続手続が完了しました", 2);
    await journey.shot("done");

    const fromDone = await download(
      page,
      page.getByRole("link", { name: "「継続手続完了のお知らせ」(PDF)をダウンロード" }),
    );
    expect(fromDone.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(fromDone.name).toBe("継続手続完了のお知らせ_0123456789.pdf");
    const text = await pdfText(fromDone.bytes);
    expect(text).toContain("継続手続完了のお知らせ");
    expect(text).toContain("契約番号");
    expect(text).toContain(POLICY);
    expect(text).toContain("見本 太郎 様");

    await page.getByRole("link", { name: "ホームへ" }).click();
    const section = page.getByRole("region", { name: "継続手続完了のお知らせ" });
    await section.waitFor();
    await journey.shot("home");
    const fromHome = await download(page, section.getByRole("link", { name: /0123456789/ }));
    expect(await pdfText(fromHome.bytes)).toContain(POLICY);
    expectNoPageErrors(journey);
  });
});
