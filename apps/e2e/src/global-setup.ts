import { existsSync, mkdirSync, rmSync } from "node:fs";
import { screenshotDir } from "./browser.ts";
import { chromiumPath } from "./env.ts";

/**
 * Once per run: fail early and clearly when Chromium is missing, and start the screenshot
 * folder afresh so the CI artifact holds this run's screens only.
 */
export default function setup() {
  const chromium = chromiumPath();
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium is not at ${chromium}: run tooling/services/ensure-chromium.sh ` +
        `(CI's .ci/run does) or set CHROMIUM_PATH`,
    );
  }
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
}
