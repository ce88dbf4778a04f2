import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../src/journeys/accessibility.ts";
import { PASSWORDS, registerThroughApi } from "../src/journeys/customers.ts";
import {
  definition,
  field,
  LOGIN_FAILED,
  logInToHome,
  normalize,
  onScreen,
  openMail,
  see,
  textOf,
} from "../src/journeys/ui.ts";
import { expectNoPageErrors, startJourney, useBrowser } from "../src/journey.ts";

const browser = useBrowser();

const EMAIL = "taro@example.jp";
const RESET_MAIL = "【みらい損害保険】ユーザーID・パスワード再登録手続きのご案内";
const NEW_PASSWORD = "Renewed-Pass9";
const NEW_USER_ID = "mihon-taro";

/** The default branding's Japanese names: none may show on an English screen. */
const JAPANESE_BRANDING = [
  "みらい損害保険",
  "さくら保険サービス",
  "インターネットデスク",
  "土日、祝日",
];

/** /forgot filled in with 見本 太郎's address and birth date in the chosen language, and sent. */
async function askForReset(
  page: Page,
  labels: { email: string; year: string; month: string; day: string; next: string },
) {
  await field(page, labels.email).fill(EMAIL);
  await field(page, labels.year).selectOption("1975");
  await field(page, labels.month).selectOption("1");
  await field(page, labels.day).selectOption("1");
  await page.getByRole("button", { name: labels.next }).click();
}

async function expectNoJapaneseBranding(page: Page) {
  const text = normalize(await page.locator("body").innerText());
  for (const name of JAPANESE_BRANDING) expect(text).not.toContain(name);
}

describe("reset with a user ID of one's own, login by user ID or e-mail, and the language kept", () => {
  it("changes the user ID in STEP 5; both the new ID and the e-mail address then log in", async () => {
    // PUBLIC_URL unset: the mails link to where the server listens, the origin of the pages.
    const journey = await startJourney(browser(), "reset-user-id", { env: { PUBLIC_URL: "" } });
    const { page, server } = journey;
    await registerThroughApi(server, "taro", EMAIL, PASSWORDS.first);

    await page.goto("/forgot");
    await onScreen(page, "ユーザーID・パスワード再登録");
    await askForReset(page, {
      email: "メールアドレス",
      year: "年",
      month: "月",
      day: "日",
      next: "次へ",
    });
    await onScreen(page, "キーワードの発行", 2);
    const keyword = await textOf(definition(page, "キーワード"));

    // The mail names the user ID that works today, and links to this very origin.
    const mail = await openMail(page, EMAIL, RESET_MAIL);
    const body = await textOf(mail.locator("pre"));
    expect(body).toContain(`現在のユーザーID: ${EMAIL}`);
    expect(body).toContain("ご登録のメールアドレスもご利用いただけます");
    const href = (await server.mailbox())
      .find((m) => m.to === EMAIL && m.subject === RESET_MAIL)!
      .links.find((l) => l.includes("/link#"))!;
    expect(new URL(href).origin).toBe(server.url);
    await mail.getByRole("link", { name: /\/link#/ }).click();

    await field(page, "キーワード").fill(keyword);
    await page.getByRole("button", { name: "次へ" }).click();

    // STEP 5: the current user ID is kept unless the customer chooses another.
    await onScreen(page, "設定情報の入力", 2);
    expect(await textOf(definition(page, "現在のユーザーID"))).toBe(EMAIL);
    expect(
      await page.getByRole("radio", { name: /メールアドレスをユーザーIDとする/ }).isChecked(),
    ).toBe(true);
    await page.getByRole("radio", { name: "新しいユーザーIDを指定する" }).check();
    await field(page, "新しいユーザーID").fill(NEW_USER_ID);
    await field(page, "パスワード").fill(NEW_PASSWORD);
    await field(page, "パスワード（確認）").fill(NEW_PASSWORD);
    await expectNoAxeViolations(page);
    await journey.shot("settings-new-user-id");
    await page.getByRole("button", { name: "次へ" }).click();

    // 変更内容の確認 names the user ID that will work, and that the address works too.
    await onScreen(page, "変更内容の確認", 2);
    expect(await textOf(definition(page, "ログインにご利用いただくユーザーID"))).toBe(
      `${NEW_USER_ID} 変更あり`,
    );
    await see(page, `ユーザーIDのほか、ご登録のメールアドレス(${EMAIL})でもログインできます。`);
    await expectNoAxeViolations(page);
    await journey.shot("review-new-user-id");
    await page.getByRole("button", { name: "確定" }).click();

    await onScreen(page, "完了", 2);
    expect(await textOf(definition(page, "ログインにご利用いただくユーザーID"))).toBe(NEW_USER_ID);
    await expectNoAxeViolations(page);
    await journey.shot("done-new-user-id");

    // The completion notice names the new user ID.
    const notice = (await server.mailbox()).find((m) => m.subject.includes("再登録完了"));
    expect(notice?.text).toContain(`ログインにご利用いただくユーザーID: ${NEW_USER_ID}`);

    // A fresh browser logs in with the new user ID, and with the e-mail address.
    const byId = await journey.openAnother();
    await logInToHome(byId.page, NEW_USER_ID, NEW_PASSWORD);
    const byEmail = await journey.openAnother();
    await logInToHome(byEmail.page, EMAIL.toUpperCase(), NEW_PASSWORD);
    await journey.shot("login-by-email", byEmail.page);
    // The old password no longer opens either.
    const old = await journey.openAnother();
    await old.page.goto("/login");
    await field(old.page, "ユーザーID").fill(EMAIL);
    await field(old.page, "パスワード/仮パスワード").fill(PASSWORDS.first);
    await old.page.getByRole("button", { name: "ログイン", exact: true }).click();
    await old.page.getByRole("alert").filter({ hasText: LOGIN_FAILED }).waitFor();

    expectNoPageErrors(journey);
    expectNoPageErrors(byId);
    expectNoPageErrors(byEmail);
  });

  it("keeps English across the mailed link, with the branding in English", async () => {
    const journey = await startJourney(browser(), "reset-english", { env: { PUBLIC_URL: "" } });
    const { page, server } = journey;
    await registerThroughApi(server, "taro", EMAIL, PASSWORDS.first);

    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await onScreen(page, "Renewing your auto insurance online");
    await expectNoJapaneseBranding(page);
    await see(page, "Mirai Insurance");

    // A reload keeps English.
    await page.reload();
    await onScreen(page, "Renewing your auto insurance online");

    await page.goto("/forgot");
    await onScreen(page, "Reset your user ID and password");
    await expectNoJapaneseBranding(page);
    await see(page, "Internet Desk");
    await expectNoAxeViolations(page);
    await journey.shot("forgot-english");
    await askForReset(page, {
      email: "E-mail address",
      year: "Year",
      month: "Month",
      day: "Day",
      next: "Next",
    });
    const keyword = await textOf(definition(page, "Keyword"));
    // Shown in two groups of five, and accepted as shown.
    expect(keyword).toMatch(/^\d{5} \d{5}$/);

    // The mail stays Japanese but opens with one English line, and its link carries the language.
    const mail = (await server.mailbox()).find((m) => m.to === EMAIL && m.subject === RESET_MAIL)!;
    expect(mail.text.split("\n\n")[0]).toMatch(/^To reset your user ID or password/);
    const link = mail.links.find((l) => l.includes("/link?lang=en#"))!;
    expect(new URL(link).origin).toBe(server.url);

    // Opened on another device that never chose a language, the link page is in English.
    const phone = await journey.openAnother();
    await phone.page.goto(link);
    await onScreen(phone.page, "Reset your user ID and password");
    expect(await phone.page.locator("html").getAttribute("lang")).toBe("en");
    await field(phone.page, "Keyword").fill(keyword);
    await phone.page.getByRole("button", { name: "Next" }).click();
    await onScreen(phone.page, "Change your settings");
    expect(await textOf(definition(phone.page, "Current user ID"))).toBe(EMAIL);
    await expectNoJapaneseBranding(phone.page);
    await expectNoAxeViolations(phone.page);
    await journey.shot("settings-english", phone.page);
    // And it stays English after a reload (the parameter is gone from the address by then).
    expect(new URL(phone.page.url()).search).toBe("");
    await phone.page.reload();
    await phone.page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await phone.page.locator("html").getAttribute("lang")).toBe("en");

    expectNoPageErrors(journey);
    expectNoPageErrors(phone);
  });
});
