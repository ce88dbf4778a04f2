import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { contractsAnswer, meAnswer } from "../testing/contract-fixtures.ts";
import { fakeServer, openAnswer } from "../testing/fake-server.ts";
import { renderApp } from "../testing/render-app.tsx";
import { RenewalCertificateLink } from "./renewal-certificate-link.tsx";

const certificatesAnswer = {
  body: {
    data: {
      renewalCertificates: [
        {
          contractId: "c-1",
          policyNumber: "0123456789",
          description: "自家用普通乗用車 みらいセダン 品川300あ12-34",
          startsOn: "2026-12-24",
          endsOn: "2027-12-24",
          downloadPath: "/documents/renewal-certificate/c-1.pdf",
        },
      ],
    },
  },
};

describe("the renewal certificate links", () => {
  it("offer the certificate of the renewal just made as a download", () => {
    render(<RenewalCertificateLink contractId="4f1c2d3e-0000-4000-8000-000000000001" />);
    const link = screen.getByRole("link", {
      name: "「継続手続完了のお知らせ」(PDF)をダウンロード",
    });
    expect(link.getAttribute("href")).toBe(
      "/documents/renewal-certificate/4f1c2d3e-0000-4000-8000-000000000001.pdf",
    );
    expect(link.hasAttribute("download")).toBe(true);
  });

  it("list on the home page the certificates the server says can be downloaded", async () => {
    const { client } = fakeServer({
      ServiceStatus: [openAnswer],
      Me: [meAnswer],
      Contracts: [contractsAnswer],
      RenewalCertificates: [certificatesAnswer],
    });
    renderApp(client, "/home");
    const section = await screen.findByRole("region", { name: "継続手続完了のお知らせ" });
    const link = within(section).getByRole("link", {
      name: "契約番号 0123456789（保険期間 2026年12月24日～2027年12月24日）",
    });
    expect(link.getAttribute("href")).toBe("/documents/renewal-certificate/c-1.pdf");
  });

  it("show nothing on the home page when there is no certificate", async () => {
    const { client, requests } = fakeServer({
      ServiceStatus: [openAnswer],
      Me: [meAnswer],
      Contracts: [contractsAnswer],
      RenewalCertificates: [{ body: { data: { renewalCertificates: [] } } }],
    });
    renderApp(client, "/home");
    await screen.findByRole("table", { name: "ご契約一覧" });
    expect(requests).toContain("RenewalCertificates");
    expect(screen.queryByRole("region", { name: "継続手続完了のお知らせ" })).toBeNull();
  });
});
