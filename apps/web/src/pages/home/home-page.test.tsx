import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  anonymousAnswer,
  contractsAnswer,
  meAnswer,
  quoteAnswer,
} from "../../testing/contract-fixtures.ts";
import { fakeServer, openAnswer } from "../../testing/fake-server.ts";
import { holdAnswers } from "../../testing/held-answers.ts";
import { renderApp } from "../../testing/render-app.tsx";

const loggedIn = () =>
  fakeServer({ ServiceStatus: [openAnswer], Me: [meAnswer], Contracts: [contractsAnswer] });

async function contractRows() {
  const table = await screen.findByRole("table", { name: "ご契約一覧" });
  // The first row holds the column headers.
  return { table, rows: within(table).getAllByRole("row").slice(1) };
}

describe("the home page", () => {
  it("greets the customer by name and links to the settings and the password change", async () => {
    renderApp(loggedIn().client, "/home");

    expect(await screen.findByRole("heading", { level: 1, name: "ホーム" })).toBeTruthy();
    expect(screen.getByText("見本 太郎 様、お客さまWebサービスへようこそ。")).toBeTruthy();
    expect(screen.getByRole("link", { name: "設定情報の変更" }).getAttribute("href")).toBe(
      "/settings",
    );
    expect(screen.getByRole("link", { name: "パスワードの変更" }).getAttribute("href")).toBe(
      "/password/change",
    );
  });

  it("lists the contracts under the seed's columns, with dates as the seed writes them", async () => {
    renderApp(loggedIn().client, "/home");

    const { table, rows } = await contractRows();
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["契約番号", "締結日", "満期日", "契約内容", "契約期間", "お手続き"]);
    expect(rows).toHaveLength(4);
    const first = within(rows[0]!)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(within(rows[0]!).getByRole("rowheader").textContent).toBe("0123456789");
    expect(first.slice(0, 4)).toEqual([
      "2020年12月24日",
      "2026年12月24日",
      "自家用普通乗用車 みらいセダン 品川300あ12-34",
      "2025年12月24日～2026年12月24日",
    ]);
  });

  it("offers 継続手続 only on the contract that can be renewed now, and says why on the others", async () => {
    renderApp(loggedIn().client, "/home");

    const { rows } = await contractRows();
    const [renewable, tooEarly, renewed, notOnline] = rows as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(
      within(renewable).getByRole("link", { name: "継続手続 0123456789" }).getAttribute("href"),
    ).toBe("/renew/c-renewable");
    expect(screen.getAllByRole("link", { name: /^継続手続/ })).toHaveLength(1);

    expect(
      within(tooEarly).getByText("この契約の継続手続は2027年06月02日から承ります。"),
    ).toBeTruthy();
    expect(within(renewed).getByText(/すでに完了しています/)).toBeTruthy();
    // A renewed contract shows the expiry of its new period.
    expect(within(renewed).getByText("新しい満期日: 2027年12月10日")).toBeTruthy();
    expect(within(notOnline).getByText(/オンラインでの継続手続の対象外です/)).toBeTruthy();
  });

  it("shows the server's reasons in English when English is chosen", async () => {
    renderApp(loggedIn().client, "/home");
    await contractRows();

    await userEvent.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByText("Online renewal of this contract opens on 2027-06-02.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Renew 0123456789" })).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: "Policy number" })).toBeTruthy();
  });

  it("keeps the table scrollable inside its own focusable box, so a phone can reach every column", async () => {
    renderApp(loggedIn().client, "/home");

    const { table } = await contractRows();
    const region = screen.getByRole("region", { name: "ご契約一覧" });
    expect(region.contains(table)).toBe(true);
    expect(region.tabIndex).toBe(0);
  });

  it("says so and offers a reload when the contracts cannot be loaded", async () => {
    const { client } = fakeServer({
      ServiceStatus: [openAnswer],
      Me: [meAnswer],
      Contracts: [{ status: 502, body: "<html>Bad Gateway</html>" }, contractsAnswer],
    });
    renderApp(client, "/home");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("ご契約の情報を読み込めませんでした");
    await userEvent.click(within(alert).getByRole("button", { name: "再読み込み" }));
    expect(await screen.findByRole("table", { name: "ご契約一覧" })).toBeTruthy();
  });

  it("sends a visitor who is not logged in to the login page", async () => {
    const { client, requests } = fakeServer({
      ServiceStatus: [openAnswer],
      Me: [anonymousAnswer],
      Contracts: [contractsAnswer],
    });
    renderApp(client, "/home");

    expect(
      await screen.findByRole("heading", { level: 1, name: "お客さまWebサービス ログイン" }),
    ).toBeTruthy();
    // The route asked for the contracts beside `me` (the server refuses an anonymous caller);
    // nothing of them is shown, and the login page asks for nothing more.
    expect(requests.filter((r) => r === "Contracts")).toHaveLength(1);
    expect(screen.queryByText("0123456789")).toBeNull();
  });

  it("asks for the customer and the contracts at once, not one after the other", async () => {
    const server = fakeServer({
      ServiceStatus: [openAnswer],
      Me: [meAnswer],
      Contracts: [contractsAnswer],
    });
    const { client, hold } = holdAnswers(server.client, "Me");
    const release = hold();
    renderApp(client, "/home");

    // The contracts request goes out while `me` is still unanswered.
    await waitFor(() => expect(server.requests).toContain("Contracts"));
    expect(server.requests).not.toContain("Me");
    release();

    await contractRows();
    expect(server.requests.filter((r) => r === "Contracts")).toHaveLength(1);
  });

  it("asks again on each visit of the home page (a renewal may have changed them)", async () => {
    const server = fakeServer({
      ServiceStatus: [openAnswer],
      Me: [meAnswer],
      Contracts: [contractsAnswer],
      RenewalQuote: [quoteAnswer],
    });
    renderApp(server.client, "/home");
    await contractRows();
    await userEvent.click(screen.getByRole("link", { name: "継続手続 0123456789" }));
    await userEvent.click(await screen.findByRole("link", { name: "ホームへ戻る" }));
    await contractRows();
    // Once per visit of home, and once by the quote screen for 契約内容: nothing doubled.
    expect(server.requests.filter((r) => r === "Contracts")).toHaveLength(3);
  });
});

describe("the home page after a renewal", () => {
  it("shows the period in force and the next one, each labelled, and the 受付番号", async () => {
    renderApp(loggedIn().client, "/home");

    const { rows } = await contractRows();
    const renewed = rows[2]!;
    const cells = within(renewed).getAllByRole("cell");
    // 満期日 and 契約期間 agree: the period in force; the new expiry and period are labelled.
    expect(cells[1]!.textContent).toBe("2026年12月10日新しい満期日: 2027年12月10日");
    expect(cells[3]!.textContent).toBe(
      "2025年12月10日～2026年12月10日次期契約期間: 2026年12月10日～2027年12月10日",
    );
    expect(cells[4]!.textContent).toBe(
      "この契約の継続手続はすでに完了しています。受付番号: 7K3QF-9XM2D",
    );
    expect(screen.queryByText(/契約一覧で新しい満期日をご確認ください/)).toBeNull();
  });
});

describe("the home page on a phone (390 × 844)", () => {
  const happyDom = () =>
    (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } })
      .happyDOM;
  beforeEach(() => happyDom().setViewport({ width: 390, height: 844 }));
  afterEach(() => happyDom().setViewport({ width: 1024, height: 768 }));

  it("shows each contract as a card with its facts and its 継続手続 button or reason, and no table", async () => {
    renderApp(loggedIn().client, "/home");

    const list = await screen.findByRole("list", { name: "ご契約一覧" });
    expect(screen.queryByRole("table")).toBeNull();
    const cards = within(list).getAllByRole("article");
    expect(cards.map((c) => within(c).getByRole("heading", { level: 3 }).textContent)).toEqual([
      "契約番号 0123456789",
      "契約番号 0123456790",
      "契約番号 0234567890",
      "契約番号 0345678902",
    ]);
    const facts = (card: HTMLElement) =>
      Object.fromEntries(
        within(card)
          .getAllByRole("term")
          .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
      );
    expect(facts(cards[0]!)).toEqual({
      満期日: "2026年12月24日",
      契約内容: "自家用普通乗用車 みらいセダン 品川300あ12-34",
      契約期間: "2025年12月24日～2026年12月24日",
      締結日: "2020年12月24日",
    });
    expect(
      within(cards[0]!).getByRole("link", { name: "継続手続 0123456789" }).getAttribute("href"),
    ).toBe("/renew/c-renewable");
    expect(
      within(cards[1]!).getByText("この契約の継続手続は2027年06月02日から承ります。"),
    ).toBeTruthy();
    expect(facts(cards[2]!)).toMatchObject({
      満期日: "2026年12月10日",
      契約期間: "2025年12月10日～2026年12月10日",
      次期契約期間: "2026年12月10日～2027年12月10日",
      新しい満期日: "2027年12月10日",
    });
    expect(within(cards[2]!).getByText("7K3QF-9XM2D").closest("p")?.textContent).toBe(
      "受付番号: 7K3QF-9XM2D",
    );
  });

  it("switches to the table when the screen is widened", async () => {
    renderApp(loggedIn().client, "/home");
    await screen.findByRole("list", { name: "ご契約一覧" });

    act(() => happyDom().setViewport({ width: 1024, height: 768 }));

    expect(await screen.findByRole("table", { name: "ご契約一覧" })).toBeTruthy();
    expect(screen.queryByRole("list", { name: "ご契約一覧" })).toBeNull();
  });
});
