import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFinished } from "vitest";
import {
  launchBrowser,
  openPage,
  screenshotter,
  type OpenPage,
  type ViewportName,
} from "./browser.ts";
import { startE2eServer, type E2eServer } from "./serve.ts";

/**
 * One Chromium for the test file (started before its tests, closed after them); each
 * journey then gets its own context. Call at the top of a test file.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser)
      throw new Error("the browser is not running: call useBrowser() at the top of the test file");
    return browser;
  };
}

export interface Journey extends OpenPage {
  server: E2eServer;
  /** Saves a full-page screenshot of the current screen as the journey's next step. */
  shot: (step: string, page?: Page) => Promise<string>;
  /** Another browser (own cookies) on the same server, e.g. the customer's phone. */
  openAnother: (viewport?: ViewportName) => Promise<OpenPage>;
  /**
   * Moves time for the server and every browser of the journey together: to an instant
   * ("2026-11-30T02:30:00+09:00") or forward by milliseconds.
   */
  moveClock: (to: string | number) => Promise<void>;
}

/**
 * Starts one journey: its own server over a fresh database, and a fresh browser context.
 * Everything is closed when the test ends; a failing test leaves a "failed" screenshot.
 */
export async function startJourney(
  browser: Browser,
  name: string,
  options: { viewport?: ViewportName; env?: Record<string, string>; start?: string } = {},
): Promise<Journey> {
  const server = await startE2eServer(options.env, options.start);
  let opened: OpenPage;
  try {
    opened = await openPage(browser, server.url, options.viewport, server.clock.now());
  } catch (error) {
    await server.close();
    throw error;
  }
  const screenshot = screenshotter(name);
  const others: OpenPage[] = [];
  onTestFinished(async ({ task }) => {
    try {
      if (task.result?.state === "fail")
        await screenshot(opened.page, "failed").catch(() => undefined);
      for (const other of others) await other.context.close();
      await opened.context.close();
    } finally {
      await server.close();
    }
  });
  return {
    ...opened,
    server,
    shot: (step, page = opened.page) => screenshot(page, step),
    async openAnother(viewport = options.viewport) {
      const other = await openPage(browser, server.url, viewport, server.clock.now());
      others.push(other);
      return other;
    },
    async moveClock(to) {
      if (typeof to === "number") server.clock.advance(to);
      else server.clock.set(to);
      for (const { context } of [opened, ...others])
        await context.clock.setSystemTime(server.clock.now());
    },
  };
}

/** Ends a journey: the page threw nothing the user could not see. */
export function expectNoPageErrors(journey: Pick<OpenPage, "pageErrors">) {
  expect(journey.pageErrors.map((e) => e.message)).toEqual([]);
}
