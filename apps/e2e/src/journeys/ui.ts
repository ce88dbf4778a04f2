import type { Locator, Page } from "playwright-core";

/** Text as a person reads it: whitespace runs (including line breaks between blocks) as one space. */
export const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

/** A form field by its label, exactly (labels carry no badge: see FieldLabel). */
export const field = (page: Page | Locator, label: string) =>
  page.getByLabel(label, { exact: true });

/** Waits for the screen whose main heading is `name`. */
export async function onScreen(page: Page, name: string | RegExp, level = 1): Promise<Locator> {
  const heading = page.getByRole("heading", { level, name });
  await heading.waitFor();
  return heading;
}

/** Waits until `text` is shown somewhere in `scope`. */
export async function see(scope: Page | Locator, text: string | RegExp): Promise<Locator> {
  const found = scope.getByText(text).first();
  await found.waitFor();
  return found;
}

/** The visible, normalised text of a locator once it is shown. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor();
  return normalize(await locator.innerText());
}

/** The value of a <dt>/<dd> pair in a description list, by its term. */
export function definition(scope: Page | Locator, term: string): Locator {
  return scope.locator("dt", { hasText: term }).first().locator("xpath=following-sibling::dd[1]");
}

/** The contract table's row for a policy number (its row header). */
export function contractRow(page: Page, policyNumber: string): Locator {
  return page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: policyNumber, exact: true }) });
}

/** The cells of a table row as a person reads them, row header first. */
export async function cellsOf(row: Locator): Promise<string[]> {
  await row.waitFor();
  return (await row.locator("th, td").allInnerTexts()).map(normalize);
}

/** The error shown at a form field (under its label), by the field's label. */
export const errorAt = (page: Page, label: string) =>
  page
    .locator(".field")
    .filter({ has: field(page, label) })
    .locator(".field__error");

/** What the login screen says to a wrong password and an unknown user ID alike. */
export const LOGIN_FAILED = "ユーザーIDまたはパスワード/仮パスワードが正しくありません。";

/** The login screen, filled and submitted. */
export async function logIn(page: Page, userId: string, password: string): Promise<void> {
  await field(page, "ユーザーID").fill(userId);
  await field(page, "パスワード/仮パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
}

/** The login screen opened afresh, filled and submitted, and home reached. */
export async function logInToHome(page: Page, userId: string, password: string): Promise<void> {
  await page.goto("/login");
  await onScreen(page, "お客さまWebサービス ログイン");
  await logIn(page, userId, password);
  await page.waitForURL("**/home");
  await onScreen(page, "ホーム");
}

/** The login screen opened afresh refuses `userId` with `password`, with the one message for every failure. */
export async function expectLoginRefused(
  page: Page,
  userId: string,
  password: string,
): Promise<void> {
  await page.goto("/login");
  await onScreen(page, "お客さまWebサービス ログイン");
  await logIn(page, userId, password);
  await page.getByRole("alert").filter({ hasText: LOGIN_FAILED }).waitFor();
  await onScreen(page, "お客さまWebサービス ログイン");
}

/**
 * Opens the development mailbox page and returns the newest mail to `to` with `subject`,
 * as the card the page shows (an article named by the subject).
 */
export async function openMail(page: Page, to: string, subject: string): Promise<Locator> {
  await page.goto("/mailbox");
  await onScreen(page, "開発用メールボックス");
  const mail = page
    .getByRole("article", { name: subject, exact: true })
    .filter({ has: page.locator("dd", { hasText: to }) })
    .first();
  await mail.waitFor();
  return mail;
}

/** How many pixels an element's content sticks out sideways beyond its box (0: it fits). */
export async function sidewaysOverflow(locator: Locator): Promise<number> {
  await locator.waitFor();
  return locator.evaluate((element: { scrollWidth: number; clientWidth: number }) =>
    Math.max(0, element.scrollWidth - element.clientWidth),
  );
}

/** How far the page itself scrolls sideways (0 on a well-behaved phone layout). */
export async function pageSidewaysOverflow(page: Page): Promise<number> {
  return sidewaysOverflow(page.locator("html"));
}
