/**
 * The one place the browser tests read the environment. This is test set-up (where CI
 * installed Chromium), not a setting of the service, so it does not go through
 * @cws/config.
 */
export function chromiumPath(): string {
  // eslint-disable-next-line no-restricted-properties -- test set-up: CI exports where it installed Chromium
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}
