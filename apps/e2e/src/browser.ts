import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumPath } from "./env.ts";

/** Where the screenshots go: <repo>/artifacts/e2e (ignored by git, kept by CI as an artifact). */
export const screenshotDir = fileURLToPath(new URL("../../../artifacts/e2e/", import.meta.url));

/**
 * Debian's Chromium, headless. Playwright's own browser download cannot work on our
 * machines, so playwright-core drives the system browser (tooling/services/ensure-chromium.sh).
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
    ],
  });
}

export const VIEWPORTS = {
  /** A current phone, portrait. */
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page: a journey ends by checking there were none. */
  pageErrors: Error[];
}

/**
 * A fresh context (own cookies and storage) as a Japanese customer in Japan would have it.
 * `now` sets the device's clock (then running on from there), so the page and a test
 * server's stopped clock agree on the day, as a real phone and server do.
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  viewport: ViewportName = "desktop",
  now?: Date,
): Promise<OpenPage> {
  const context = await browser.newContext({
    baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    viewport: VIEWPORTS[viewport],
    deviceScaleFactor: 1,
    isMobile: viewport === "phone",
    hasTouch: viewport === "phone",
  });
  // Generous enough for a cold server and a 2-core machine, short enough to fail fast.
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  if (now) await context.clock.install({ time: now });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on("pageerror", (error) => pageErrors.push(error));
  return { context, page, pageErrors };
}

/**
 * Names the screenshots of one journey in order: <journey>-01-<step>.png, <journey>-02-…,
 * full page, so the artifact reads like the journey. Each step is also taken at the other
 * width (…-<step>-phone.png from a desktop journey, …-<step>-desktop.png from a phone one) by
 * resizing the viewport for the picture and back, so every screen is seen at both widths.
 */
export function screenshotter(journey: string) {
  mkdirSync(screenshotDir, { recursive: true });
  let n = 0;
  return async (page: Page, step: string) => {
    n += 1;
    const file = `${screenshotDir}${journey}-${String(n).padStart(2, "0")}-${step}`;
    await settledScreenshot(page, `${file}.png`);
    const size = page.viewportSize();
    if (size) {
      const other: ViewportName = size.width > VIEWPORTS.phone.width ? "phone" : "desktop";
      await page.setViewportSize(VIEWPORTS[other]);
      try {
        await settledScreenshot(page, `${file}-${other}.png`);
      } finally {
        await page.setViewportSize(size);
      }
    }
    return `${file}.png`;
  };
}

/** A full-page screenshot once fonts, layout and the last render have settled. */
async function settledScreenshot(page: Page, path: string): Promise<void> {
  // Let fonts and the last render settle, so the picture shows what the assertion saw.
  // (A string, because this package is type-checked without the DOM library.)
  await page.evaluate("document.fonts.ready.then(() => undefined)");
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
}
