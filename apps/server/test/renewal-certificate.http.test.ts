import type { GraphQLClient } from "@cws/client";
import {
  ContractsDocument,
  RenewalCertificatesDocument,
  RenewalQuoteDocument,
  RenewContractDocument,
} from "@cws/client/gql";
import { testDatabaseKinds } from "@cws/domain/testing";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerCustomer } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

vi.setConfig({ testTimeout: 120_000 });

async function pdfText(pdf: ArrayBuffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe.each(testDatabaseKinds())("the renewal certificate download on %s", (kind) => {
  let server: TestServer;
  let taro: GraphQLClient;
  let hanako: GraphQLClient;
  let renewedId: string;
  let notRenewedId: string;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
    taro = await registerCustomer(server, "taro", "taro@example.com", "Mirai-2026x");
    hanako = await registerCustomer(server, "hanako", "hanako@example.com", "Hana-2026xy");
    const [soon, later] = (await taro.execute(ContractsDocument)).contracts;
    renewedId = soon!.id;
    notRenewedId = later!.id;
    const quote = (await taro.execute(RenewalQuoteDocument, { contractId: renewedId }))
      .renewalQuote;
    if (quote.__typename !== "RenewalQuote") throw new Error(quote.__typename);
    const renewed = await taro.execute(RenewContractDocument, {
      input: { contractId: renewedId, quoteId: quote.quoteId, idempotencyKey: "certificate-1" },
    });
    if (renewed.renewContract.__typename !== "ContractRenewed")
      throw new Error(renewed.renewContract.__typename);
  });
  afterAll(() => server?.close());

  const download = (client: GraphQLClient | null, contractId: string) => {
    const session = client?.cookies().get("cws_session");
    return fetch(`${server.url}/documents/renewal-certificate/${contractId}.pdf`, {
      headers: session ? { cookie: `cws_session=${session}` } : {},
    });
  };

  it("gives the owner the PDF with the renewal's facts in Japanese", async () => {
    const response = await download(taro, renewedId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="renewal-certificate-0123456789.pdf"; ` +
        `filename*=UTF-8''${encodeURIComponent("継続手続完了のお知らせ_0123456789.pdf")}`,
    );
    const text = await pdfText(await response.arrayBuffer());
    for (const expected of [
      "継続手続完了のお知らせ",
      "見本 太郎 様",
      "0123456789",
      "みらいセダン",
      "2026年12月25日 ～ 2027年12月25日",
      "13等級",
      "15%",
      "41,650円",
      "受付番号",
      "発行日: 2026年11月25日",
      server.config.branding.insurerLegalName,
    ])
      expect(text).toContain(expected);
  });

  it("answers 404 to another customer, for a contract not renewed, and for a malformed name", async () => {
    for (const response of [
      await download(hanako, renewedId),
      await download(taro, notRenewedId),
      await download(taro, "not-a-contract"),
    ]) {
      expect(response.status).toBe(404);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
          .extensions.code,
      ).toBe("NOT_FOUND");
    }
  });

  it("lists the downloadable certificates of the caller only, with the path to each", async () => {
    const listed = (await taro.execute(RenewalCertificatesDocument)).renewalCertificates;
    expect(listed).toEqual([
      {
        contractId: renewedId,
        policyNumber: "0123456789",
        description: expect.stringContaining("みらいセダン"),
        startsOn: "2026-12-25",
        endsOn: "2027-12-25",
        downloadPath: `/documents/renewal-certificate/${renewedId}.pdf`,
      },
    ]);
    expect((await hanako.execute(RenewalCertificatesDocument)).renewalCertificates).toEqual([]);
  });

  it("answers 401 without a session", async () => {
    const response = await download(null, renewedId);
    expect(response.status).toBe(401);
  });

  it("answers 503 during the weekly maintenance window", async () => {
    server.clock.set("2026-11-30T02:30:00+09:00");
    try {
      const response = await download(taro, renewedId);
      expect(response.status).toBe(503);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
          .extensions.code,
      ).toBe("SERVICE_IN_MAINTENANCE");
    } finally {
      server.clock.set("2026-11-25T10:00:00+09:00");
    }
  });

  it("is mentioned in the renewal-completed mail", async () => {
    const mail = (await server.mailbox()).find(
      (m) => m.to === "taro@example.com" && m.subject.includes("継続手続完了のお知らせ"),
    );
    expect(mail?.text).toContain("「継続手続完了のお知らせ」(PDF)");
  });
});
