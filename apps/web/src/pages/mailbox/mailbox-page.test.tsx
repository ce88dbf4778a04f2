import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mailboxMessages } from "../../testing/contract-fixtures.ts";
import { fakeServer, openAnswer } from "../../testing/fake-server.ts";
import { renderApp } from "../../testing/render-app.tsx";

/** Stands in for GET /dev/mailbox; the GraphQL fake has its own fetch, so this one sees only the mailbox. */
function mailboxFetch(...answers: Response[]) {
  const fetch = vi.fn(async (url: RequestInfo | URL) => {
    expect(String(url)).toBe("/dev/mailbox");
    return answers[Math.min(fetch.mock.calls.length - 1, answers.length - 1)]!.clone();
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const graphql = () => fakeServer({ ServiceStatus: [openAnswer] }).client;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the development mailbox page", () => {
  it("lists the captured mails newest first, with recipient, Japan time and the text body", async () => {
    mailboxFetch(json({ messages: mailboxMessages(window.location.origin) }));
    renderApp(graphql(), "/mailbox");

    const mails = await screen.findAllByRole("article", { name: /【テスト損害保険】/ });
    expect(mails.map((m) => within(m).getByRole("heading", { level: 2 }).textContent)).toEqual([
      "【テスト損害保険】メールアドレス変更の確認",
      "【テスト損害保険】初回利用登録に関するご案内",
    ]);
    const newest = mails[0]!;
    expect(within(newest).getByText("new.address@example.com")).toBeTruthy();
    // 03:30 UTC is 12:30 in Japan.
    expect(within(newest).getByText("2026年11月29日 12:30")).toBeTruthy();
    expect(newest.querySelector("pre")?.textContent).toBe(
      mailboxMessages(window.location.origin)[1]!.text,
    );
    expect(screen.getByRole("status").textContent).toBe("2件のメール");
  });

  it("makes every link clickable, and opens the app's own links inside the app", async () => {
    mailboxFetch(json({ messages: mailboxMessages(window.location.origin) }));
    renderApp(graphql(), "/mailbox");

    const own = await screen.findByRole("link", { name: `${window.location.origin}/link#def456` });
    expect(own.getAttribute("href")).toBe("/link#def456");
    expect(
      screen.getByRole("link", { name: "https://agency.example.jp/contact" }).getAttribute("href"),
    ).toBe("https://agency.example.jp/contact");
    expect(
      screen.getByRole("link", { name: `${window.location.origin}/link#abc123` }),
    ).toBeTruthy();

    await userEvent.click(own);
    // The router took the link (happy-dom would not load a page): the mailbox gives way to the next screen.
    await waitFor(() =>
      expect(screen.queryByRole("heading", { level: 1, name: "開発用メールボックス" })).toBeNull(),
    );
  });

  it("says the mailbox is not available where the server has no such route (production)", async () => {
    mailboxFetch(json({ error: "not found" }, 404));
    renderApp(graphql(), "/mailbox");

    expect(await screen.findByText("この環境ではメールボックスは利用できません。")).toBeTruthy();
    expect(screen.queryAllByRole("heading", { level: 2 })).toEqual([]);
  });

  it("reloads on request, showing mail that arrived since", async () => {
    const fetch = mailboxFetch(
      json({ messages: [] }),
      json({ messages: mailboxMessages(window.location.origin) }),
    );
    renderApp(graphql(), "/mailbox");
    expect(await screen.findByText("メールはまだありません。")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "再読み込み" }));

    expect(
      await screen.findByRole("heading", {
        level: 2,
        name: "【テスト損害保険】初回利用登録に関するご案内",
      }),
    ).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("says so when the server cannot be reached", async () => {
    mailboxFetch(new Response("oops", { status: 500 }));
    renderApp(graphql(), "/mailbox");

    expect((await screen.findByRole("alert")).textContent).toContain(
      "メールボックスを読み込めませんでした",
    );
  });
});
