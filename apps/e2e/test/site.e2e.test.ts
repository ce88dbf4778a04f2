import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../src/journeys/accessibility.ts";
import { onScreen } from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser } from "../src/journey.ts";

const browser = useBrowser();

const FOOTER_PAGES = [
  ["個人情報保護方針", "/privacy"],
  ["利用規約", "/terms"],
  ["推奨環境", "/environment"],
  ["会社概要", "/company"],
  ["ご利用ガイド", "/guide"],
] as const;

/** An image's width once it has loaded (0 before, or when it is broken). */
const loadedWidth = (img: unknown) => {
  const { complete, naturalWidth } = img as { complete: boolean; naturalWidth: number };
  return complete ? naturalWidth : 0;
};

async function expectLoaded(page: Page, selector: string) {
  const img = page.locator(selector).first();
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate(loadedWidth)).toBeGreaterThan(0);
}

describe("the agency site", () => {
  it("has the logo, a footer whose links reach real pages, and the login page's 推奨環境 link", async () => {
    const journey = await startJourney(browser(), "site");
    const { page } = journey;

    await page.goto("/");
    await onScreen(page, "インターネットからの自動車保険更新のお手続き");
    const logo = page.getByRole("main").getByRole("img", { name: "さくら保険サービス" });
    expect(await logo.getAttribute("src")).toBe("/logo.svg");
    await expectLoaded(page, 'main img[src="/logo.svg"]');
    await expectLoaded(page, 'footer img[src="/logo.svg"]');
    await page.getByRole("contentinfo").getByText("© さくら保険サービス").waitFor();
    await expectNoAxeViolations(page, "landing page");
    await journey.shot("landing");

    for (const [label, path] of FOOTER_PAGES) {
      await page.getByRole("contentinfo").getByRole("link", { name: label }).click();
      await page.waitForURL(`**${path}`);
      await onScreen(page, label);
      // The branding is filled in: no placeholder is left in the text.
      expect(await page.getByRole("main").innerText()).not.toMatch(/\{\w+\}/);
      await expectNoAxeViolations(page, label);
      await journey.shot(path.slice(1));
    }

    await page.goto("/login");
    await onScreen(page, "お客さまWebサービス ログイン");
    await page.getByRole("link", { name: "推奨環境はこちら" }).click();
    await page.waitForURL("**/environment");
    await onScreen(page, "推奨環境");
    expectNoPageErrors(journey);
  });

  it("shows the usage guide in both languages, every picture loaded, with no axe violation", async () => {
    const journey = await startJourney(browser(), "site-guide");
    const { page } = journey;

    await page.goto("/");
    await page.getByRole("link", { name: "継続手続の流れ" }).click();
    await onScreen(page, "継続手続の流れ");
    for (const language of ["ja", "en"] as const) {
      if (language === "en") {
        // On the guide's index page, which the Japanese round ended on.
        await page.getByRole("button", { name: "English" }).click();
        await onScreen(page, "User guide");
      }
      for (const flow of ["registration", "reset", "renewal"]) {
        await page.goto(`/guide/${flow}`);
        const pictures = page.locator("main figure img");
        await pictures.first().waitFor();
        for (const picture of await pictures.all()) {
          expect(await picture.getAttribute("src")).toMatch(`-${language}.png`);
          await picture.scrollIntoViewIfNeeded();
          await expect.poll(() => picture.evaluate(loadedWidth)).toBeGreaterThan(0);
        }
        await expectNoAxeViolations(page, `/guide/${flow} (${language})`);
        await journey.shot(`guide-${flow}-${language}`);
      }
      await page.goto("/guide");
      await expectNoAxeViolations(page, `/guide (${language})`);
    }
    await page.goto("/privacy");
    await onScreen(page, "Privacy policy");
    await expectNoAxeViolations(page, "/privacy (en)");
    expectNoPageErrors(journey);
  });

  it("shows the agency's own logo when SITE_LOGO configures one", async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">' +
      '<rect width="120" height="40" fill="#c2185b"/></svg>';
    const journey = await startJourney(browser(), "site-logo", { env: { SITE_LOGO: svg } });
    const { page, server } = journey;
    await page.goto("/");
    await expect
      .poll(() => page.locator('main img[src="/logo.svg"]').evaluate(loadedWidth))
      .toBe(120);
    const answer = await fetch(`${server.url}/logo.svg`);
    expect(await answer.text()).toBe(svg);
    expect(answer.headers.get("content-security-policy")).toContain("default-src 'none'");
    expectNoPageErrors(journey);
  });
});

describe("the web app's files, compressed and cached", () => {
  it("reach the browser brotli-compressed; hashed files cached for a year, index.html revalidated", async () => {
    const journey = await startJourney(browser(), "assets");
    const { page, server } = journey;
    const seen = new Map<string, Record<string, string>>();
    page.on("response", (response) => {
      seen.set(new URL(response.url()).pathname, response.headers());
    });
    await page.goto("/");
    await onScreen(page, "インターネットからの自動車保険更新のお手続き");

    const html = seen.get("/")!;
    expect(html["content-encoding"]).toBe("br");
    expect(html["cache-control"]).toBe("no-cache");
    expect(html.vary).toBe("Accept-Encoding");
    const script = [...seen.keys()].find((p) => /^\/assets\/index-[\w-]+\.js$/.test(p))!;
    expect(script, "the entry script").toBeTruthy();
    expect(seen.get(script)!["content-encoding"]).toBe("br");
    expect(seen.get(script)!["cache-control"]).toBe("public, max-age=31536000, immutable");

    // The same file for other clients: as it is, or gzip (which fetch decodes: the same bytes).
    const plain = await fetch(`${server.url}${script}`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const plainBody = Buffer.from(await plain.arrayBuffer());
    const gzip = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gzip.headers.get("vary")).toBe("Accept-Encoding");
    expect(Buffer.from(await gzip.arrayBuffer()).equals(plainBody)).toBe(true);
    // The first page's script travels at well under half its size.
    const brSize = Number(seen.get(script)!["content-length"] ?? 0);
    expect(brSize).toBeGreaterThan(0);
    expect(brSize).toBeLessThan(plainBody.length / 2);
    expectNoPageErrors(journey);
  });
});
