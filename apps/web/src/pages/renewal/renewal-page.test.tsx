import type { GraphQLClient } from "@cws/client";
import type { RenewContractMutationVariables } from "@cws/client/gql";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  alreadyRenewedAnswer,
  contractsAnswer,
  lostAnswer,
  meAnswer,
  newerQuoteAnswer,
  quoteAnswer,
  quoteChangedAnswer,
  quoteNotRenewableAnswer,
  renewedAnswer,
} from "../../testing/contract-fixtures.ts";
import { fakeServer, openAnswer, type FakeAnswer } from "../../testing/fake-server.ts";
import { holdAnswers } from "../../testing/held-answers.ts";
import { renderApp } from "../../testing/render-app.tsx";

/**
 * Wraps the fake server's client to keep the variables of each renewContract (the fake
 * records only names) and, after `hold()`, to keep its answer back as a slow network would.
 */
function recordRenewals(client: GraphQLClient) {
  const renewals: RenewContractMutationVariables["input"][] = [];
  const recording: GraphQLClient = {
    execute(document, ...variables) {
      if (/mutation\s+RenewContract\b/.test(document.toString())) {
        renewals.push((variables[0] as RenewContractMutationVariables).input);
      }
      return client.execute(document, ...variables);
    },
    setBearerToken: (token) => client.setBearerToken(token),
    cookies: () => client.cookies(),
  };
  return { ...holdAnswers(recording, "RenewContract"), renewals };
}

/** The value a review list shows beside a label (a <dt>/<dd> pair). */
function reviewValue(label: string): string | null | undefined {
  const term = screen.getAllByText(label).find((e) => e.tagName === "DT");
  return term?.nextElementSibling?.textContent;
}

function server(answers: { RenewalQuote?: FakeAnswer[]; RenewContract?: FakeAnswer[] } = {}) {
  const fake = fakeServer({
    ServiceStatus: [openAnswer],
    Me: [meAnswer],
    Contracts: [contractsAnswer],
    RenewalQuote: answers.RenewalQuote ?? [quoteAnswer],
    RenewContract: answers.RenewContract ?? [renewedAnswer],
  });
  return { ...fake, ...recordRenewals(fake.client) };
}

const renewCount = (requests: string[]) =>
  requests.filter((name) => name === "RenewContract").length;

async function openConfirmation() {
  await userEvent.click(await screen.findByRole("button", { name: "次へ" }));
  expect(await screen.findByRole("heading", { level: 2, name: "ご確認" })).toBeTruthy();
  return screen.getByRole("button", { name: "確定" });
}

describe("renewing a contract", () => {
  it("goes from the home page's 継続手続 to the quote, with the quote's facts", async () => {
    renderApp(server().client, "/home");

    await userEvent.click(await screen.findByRole("link", { name: "継続手続 0123456789" }));

    expect(await screen.findByText("69,700円")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "お見積り" })).toBeTruthy();
    const steps = screen.getByRole("list", { name: "お手続きの流れ" });
    expect(steps.querySelector('[aria-current="step"]')?.textContent).toContain("1. お見積り");
    expect(screen.getByText("0123456789")).toBeTruthy();
    expect(screen.getByText("自家用普通乗用車 みらいセダン 品川300あ12-34")).toBeTruthy();
    expect(screen.getByText("2026年12月24日～2027年12月24日")).toBeTruthy();
    expect(screen.getByText("12等級 → 13等級")).toBeTruthy();
    expect(screen.getByText("15%")).toBeTruthy();
  });

  it("confirms, renews with the quote, and shows the new period and expiry", async () => {
    const { client, renewals } = server();
    renderApp(client, "/renew/c-renewable");

    const confirm = await openConfirmation();
    expect(
      screen.getByText(
        "この内容で継続手続を行います。よろしければ「確定」ボタンを押してください。",
      ),
    ).toBeTruthy();
    expect(screen.getByText("69,700円")).toBeTruthy();
    await userEvent.click(confirm);

    expect(
      await screen.findByRole("heading", { level: 2, name: "継続手続が完了しました" }),
    ).toBeTruthy();
    expect(screen.getByText("2026年12月24日～2027年12月24日")).toBeTruthy();
    expect(screen.getByText("2027年12月24日")).toBeTruthy();
    expect(screen.getByText("確認メールを送信しました。")).toBeTruthy();
    // The reference the customer can quote to the desk, and what they will pay.
    expect(reviewValue("受付番号")).toBe("R4NW1-8QZ3E");
    expect(reviewValue("年間保険料")).toBe("69,700円");
    expect(screen.getByRole("link", { name: "ホームへ" }).getAttribute("href")).toBe("/home");
    expect(renewals).toEqual([
      {
        contractId: "c-renewable",
        quoteId: "q-1",
        idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{1,100}$/),
      },
    ]);
  });

  it("sends one renewContract for a double click on 確定, and marks the buttons busy while it is under way", async () => {
    const { client, requests, hold } = server();
    renderApp(client, "/renew/c-renewable");
    const confirm = await openConfirmation();
    const release = hold();

    await userEvent.dblClick(confirm);

    expect(confirm.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: "戻る" }).getAttribute("aria-disabled")).toBe("true");
    release();
    await screen.findByRole("heading", { level: 2, name: "継続手続が完了しました" });
    expect(renewCount(requests)).toBe(1);
  });

  it("sends one renewContract even when both clicks land before the button is re-rendered as busy", async () => {
    const { client, requests } = server();
    renderApp(client, "/renew/c-renewable");
    const confirm = await openConfirmation();

    // One act: React has not re-rendered between the clicks, so only the in-flight guard stands between them.
    await act(async () => {
      confirm.click();
      confirm.click();
    });

    await screen.findByRole("heading", { level: 2, name: "継続手続が完了しました" });
    expect(renewCount(requests)).toBe(1);
  });

  it(
    "retries after a lost answer with the same idempotency " +
      "key, and a new confirmation screen gets a new one",
    async () => {
      const { client, renewals } = server({
        RenewContract: [lostAnswer, lostAnswer, renewedAnswer],
      });
      renderApp(client, "/renew/c-renewable");

      await userEvent.click(await openConfirmation());
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toContain("通信エラーが発生しました");
      expect(alert.textContent).toContain("二重に行われることはありません");
      expect(screen.getByRole("button", { name: "確定" }).getAttribute("aria-disabled")).toBeNull();
      await userEvent.click(screen.getByRole("button", { name: "確定" }));
      await screen.findByRole("alert");
      expect(renewals).toHaveLength(2);
      expect(renewals[1]!.idempotencyKey).toBe(renewals[0]!.idempotencyKey);

      await userEvent.click(screen.getByRole("button", { name: "戻る" }));
      await userEvent.click(await openConfirmation());
      await screen.findByRole("heading", { level: 2, name: "継続手続が完了しました" });
      expect(renewals).toHaveLength(3);
      expect(renewals[2]!.idempotencyKey).not.toBe(renewals[0]!.idempotencyKey);
    },
  );

  it("offers a new quote when the price changed, and renews with the new one", async () => {
    const { client, renewals } = server({
      RenewalQuote: [quoteAnswer, newerQuoteAnswer],
      RenewContract: [quoteChangedAnswer, renewedAnswer],
    });
    renderApp(client, "/renew/c-renewable");

    await userEvent.click(await openConfirmation());

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "お見積り内容が変更されました。最新のお見積りをご確認のうえ、あらためてお手続きください。",
    );
    await userEvent.click(screen.getByRole("button", { name: "最新のお見積りを表示" }));

    expect(await screen.findByText("71,250円")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "お見積り" })).toBeTruthy();
    await userEvent.click(await openConfirmation());
    await screen.findByRole("heading", { level: 2, name: "継続手続が完了しました" });
    expect(renewals.map((r) => r.quoteId)).toEqual(["q-1", "q-2"]);
  });

  it("explains an already renewed contract in the server's words and leads home, without a new quote", async () => {
    renderApp(server({ RenewContract: [alreadyRenewedAnswer] }).client, "/renew/c-renewable");

    await userEvent.click(await openConfirmation());

    expect((await screen.findByRole("alert")).textContent).toContain(
      "この契約の継続手続はすでに完了しています。",
    );
    expect(screen.getByRole("link", { name: "ホームへ戻る" }).getAttribute("href")).toBe("/home");
    expect(screen.queryByRole("button", { name: "最新のお見積りを表示" })).toBeNull();
  });

  it("explains a contract that cannot be quoted yet, in English when chosen", async () => {
    renderApp(server({ RenewalQuote: [quoteNotRenewableAnswer] }).client, "/renew/c-too-early");

    expect((await screen.findByRole("alert")).textContent).toBe(
      "この契約の継続手続は2027年06月02日から承ります。",
    );
    expect(screen.queryByRole("button", { name: "次へ" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("alert").textContent).toBe(
      "Online renewal of this contract opens on 2027-06-02.",
    );
    expect(screen.getByRole("link", { name: "Back to home" })).toBeTruthy();
  });
});
