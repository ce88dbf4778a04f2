import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import ja from "../../../content/site/ja.json";
import en from "../../../content/site/en.json";
import { anonymousAnswer, noContractsAnswer } from "../../testing/account-fixtures.ts";
import { fakeServer, openAnswer } from "../../testing/fake-server.ts";
import { renderApp } from "../../testing/render-app.tsx";
import { renderAppAt } from "../../testing/render-app-at.tsx";
import { documentNames, flowNames, type SiteContent } from "./site-content.ts";

const base = { ServiceStatus: [openAnswer], Me: [anonymousAnswer], Contracts: [noContractsAnswer] };
const footerLinks = ["ご利用ガイド", "個人情報保護方針", "利用規約", "推奨環境", "会社概要"];

const footer = async () => within(await screen.findByRole("contentinfo"));

describe("the site footer", () => {
  it.each(["/", "/login", "/guide", "/no-such-page"])(
    "is on %s with the site's documents and the agency",
    async (path) => {
      renderApp(fakeServer(base).client, path);
      const foot = await footer();
      const nav = foot.getByRole("navigation", { name: "サイト情報" });
      expect(
        within(nav)
          .getAllByRole("link")
          .map((link) => link.textContent),
      ).toEqual(footerLinks);
      expect(await foot.findByText("© テスト保険代理店")).toBeTruthy();
    },
  );

  it.each([
    ["個人情報保護方針", "/privacy"],
    ["利用規約", "/terms"],
    ["推奨環境", "/environment"],
    ["会社概要", "/company"],
    ["ご利用ガイド", "/guide"],
  ])("leads from %s to a real page with that title", async (label, path) => {
    const { location } = renderAppAt(fakeServer(base).client, "/");
    await userEvent.click((await footer()).getByRole("link", { name: label }));
    expect(await screen.findByRole("heading", { level: 1, name: label })).toBeTruthy();
    expect(location()).toBe(path);
    // The title is set once the page has rendered.
    await waitFor(() => expect(document.title).toBe(`${label} | お客さまWebサービス`));
  });
});

describe("the site documents", () => {
  it("fill in the agency, the insurer and the desk from the configuration the server sends", async () => {
    renderApp(fakeServer(base).client, "/company");
    await screen.findByRole("heading", { level: 1, name: "会社概要" });
    const main = within(screen.getByRole("main"));
    expect(main.getByText("商号").nextElementSibling?.textContent).toBe("テスト保険代理店");
    expect(main.getByText("取扱保険会社").nextElementSibling?.textContent).toBe("テスト損害保険");
    expect(screen.getByRole("main").textContent).toContain("0120-111-222");
    expect(screen.getByRole("main").textContent).not.toMatch(/\{\w+\}/);
  });

  it("show the recommended environment, which the login page links to as the guide does", async () => {
    renderAppAt(fakeServer(base).client, "/login");
    await userEvent.click(await screen.findByRole("link", { name: "推奨環境はこちら" }));
    await screen.findByRole("heading", { level: 1, name: "推奨環境" });
    expect(screen.getByRole("heading", { level: 2, name: "パソコン" })).toBeTruthy();
    expect(screen.getByText(/Cookieを有効にしてください/)).toBeTruthy();
  });

  it("are in English when English is chosen", async () => {
    renderApp(fakeServer(base).client, "/privacy");
    await screen.findByRole("heading", { level: 1, name: "個人情報保護方針" });
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Privacy policy" })).toBeTruthy();
    const nav = within(screen.getByRole("navigation", { name: "Site information" }));
    expect(nav.getByRole("link", { name: "Terms of use" })).toBeTruthy();
    // The branding's English names (Japanese only when no English one is configured).
    expect(screen.getByRole("main").textContent).toContain("Test Agency");
    expect(screen.getByRole("main").textContent).not.toContain("テスト保険代理店");
  });
});

describe("the usage guide", () => {
  it("lists the three flows, each leading to its own page", async () => {
    const { location } = renderAppAt(fakeServer(base).client, "/guide");
    await screen.findByRole("heading", { level: 1, name: "ご利用ガイド" });
    const main = within(screen.getByRole("main"));
    await userEvent.click(main.getByRole("link", { name: "ユーザーID・パスワードをお忘れの方" }));
    await screen.findByRole("heading", { level: 1, name: "ユーザーID・パスワードをお忘れの方" });
    expect(location()).toBe("/guide/reset");
  });

  it("shows each step of a flow with its screenshot, described for those who cannot see it", async () => {
    renderApp(fakeServer(base).client, "/guide/registration");
    await screen.findByRole("heading", { level: 1, name: "お客さまWebサービス登録の流れ" });
    const steps = within(screen.getByRole("main")).getAllByRole("listitem").slice(0, 8);
    expect(within(steps[0]!).getByRole("heading", { level: 2 }).textContent).toBe(
      "STEP 1 代理店ホームページ",
    );
    const pictures = screen.getAllByRole("img").filter((img) => img.closest("figure"));
    expect(pictures.map((img) => img.getAttribute("src"))).toEqual(
      ja.guide.flows.registration.steps.map((step) => `/guide/${step.shot}-ja.png`),
    );
    for (const picture of pictures) expect(picture.getAttribute("alt")).not.toBe("");
  });

  it("shows the English screenshots in English", async () => {
    renderApp(fakeServer(base).client, "/guide/renewal");
    await screen.findByRole("heading", { level: 1, name: "継続手続の流れ" });
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    await screen.findByRole("heading", { level: 1, name: "Renewing a contract" });
    const sources = screen
      .getAllByRole("img")
      .filter((img) => img.closest("figure"))
      .map((img) => img.getAttribute("src"));
    expect(sources[0]).toBe("/guide/renewal-01-en.png");
  });

  it("answers an unknown flow with the not-found page", async () => {
    renderApp(fakeServer(base).client, "/guide/no-such-flow");
    expect(
      await screen.findByRole("heading", { level: 1, name: "ページが見つかりません" }),
    ).toBeTruthy();
  });
});

describe("the site's text files", () => {
  const languages: [string, SiteContent][] = [
    ["ja", ja as SiteContent],
    ["en", en as SiteContent],
  ];

  it("say the same things in Japanese and English: documents, sections, guide steps and pictures", () => {
    const shape = (content: SiteContent) => ({
      documents: documentNames.map((name) =>
        content.documents[name].sections.map((section) => [
          section.paragraphs?.length ?? 0,
          section.items?.length ?? 0,
          section.facts?.length ?? 0,
        ]),
      ),
      shots: flowNames.map((name) => content.guide.flows[name].steps.map((step) => step.shot)),
    });
    expect(shape(en as SiteContent)).toEqual(shape(ja as SiteContent));
  });

  it.each(languages)("(%s) use only the placeholders the pages fill in", (_language, content) => {
    const placeholders = JSON.stringify(content).match(/\{\w+\}/g) ?? [];
    expect(new Set(placeholders)).toEqual(
      new Set(["{agency}", "{insurer}", "{deskName}", "{deskPhone}", "{deskHours}"]),
    );
  });
});
