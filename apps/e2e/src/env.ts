/**
 * The one place the browser tests read the environment. This is test set-up (where CI
 * installed Chromium), not a setting of the service, so it does not go through
 * @cws/config.
 */
export function chromiumPath(): string {
  // eslint-disable-next-line no-restricted-properties -- test set-up: CI exports where it installed Chromium
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/**
 * Whether guide-screenshots.e2e.test.ts rewrites the usage guide's pictures in
 * apps/web/public/guide (GUIDE_SCREENSHOTS=update) or only checks them (the default, and CI).
 */
export function updatingGuideScreenshots(): boolean {
  // eslint-disable-next-line no-restricted-properties -- test set-up: a developer asks for new pictures
  return process.env.GUIDE_SCREENSHOTS === "update";
}
