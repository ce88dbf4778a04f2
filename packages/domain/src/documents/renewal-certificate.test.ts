import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { renewableContract, testCustomerScope } from "../testing/renewal-test-support.ts";
import { newContract, newPolicyholder } from "../testing/contract-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import {
  renderRenewalCertificatePdf,
  renewalCertificateDisposition,
} from "./renewal-certificate-pdf.ts";
import { findRenewalCertificate, listRenewalCertificates } from "./renewal-certificate.ts";

vi.setConfig({ testTimeout: 120_000 });

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe.each(testDatabaseKinds())("the renewal certificate on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it("states the renewal and renders it as a PDF with Japanese text", async () => {
    const { contract, scope, renew } = await renewableContract(db.orm);
    const renewed = await renew();
    expect(renewed.ok).toBe(true);
    const certificate = await findRenewalCertificate(scope(db.orm.em.fork()), contract.id);
    expect(certificate).toMatchObject({
      policyNumber: contract.policyNumber,
      customerName: "見本 太郎",
      startsOn: "2027-01-24",
      endsOn: "2028-01-24",
      groupDiscountPercent: 15,
      issuedOn: "2026-12-01",
    });
    // The same 受付番号 the completion screen and the contract list show.
    expect(certificate!.receiptNumber).toBe(renewed.ok ? renewed.renewal.reference : null);

    const pdf = await renderRenewalCertificatePdf(certificate!, "Asia/Tokyo");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The font is subset: a whole Noto Sans JP would be megabytes.
    expect(pdf.length).toBeLessThan(200_000);
    const text = await pdfText(pdf);
    for (const expected of [
      "継続手続完了のお知らせ",
      "見本 太郎 様",
      `契約番号`,
      contract.policyNumber,
      contract.description,
      "2027年01月24日 ～ 2028年01月24日",
      `${certificate!.nonFleetGrade}等級`,
      "15%",
      `${certificate!.premiumYen.toLocaleString("ja-JP")}円`,
      certificate!.receiptNumber,
      "発行日: 2026年12月01日",
      certificate!.insurerLegalName,
      certificate!.agencyName,
    ])
      expect(text).toContain(expected);
  });

  it("is there until the renewed period ends, and not after", async () => {
    const { contract, policyholder, renew } = await renewableContract(db.orm);
    expect((await renew()).ok).toBe(true);
    const on = (today: string) =>
      findRenewalCertificate(
        testCustomerScope(db.orm.em.fork(), { policyholderId: policyholder.id }, { today }),
        contract.id,
      );
    expect(await on("2027-06-01")).not.toBeNull();
    expect(await on("2028-01-24")).not.toBeNull();
    expect(await on("2028-01-25")).toBeNull();
    const listOn = (today: string) =>
      listRenewalCertificates(
        testCustomerScope(db.orm.em.fork(), { policyholderId: policyholder.id }, { today }),
      );
    expect(await listOn("2028-01-24")).toEqual([
      {
        contractId: contract.id,
        policyNumber: contract.policyNumber,
        description: contract.description,
        startsOn: "2027-01-24",
        endsOn: "2028-01-24",
      },
    ]);
    expect(await listOn("2028-01-25")).toEqual([]);
  });

  it("is nobody's but the owner's, and none for a contract not renewed online", async () => {
    const { contract, renew } = await renewableContract(db.orm);
    expect((await renew()).ok).toBe(true);
    const em = db.orm.em.fork();
    const other = newPolicyholder(em);
    const notRenewed = newContract(em, other, { endsOn: "2027-01-24" });
    await em.flush();
    const asOther = testCustomerScope(db.orm.em.fork(), { policyholderId: other.id });
    expect(await findRenewalCertificate(asOther, contract.id)).toBeNull();
    expect(await findRenewalCertificate(asOther, notRenewed.id)).toBeNull();
    expect(await findRenewalCertificate(asOther, "not-a-uuid")).toBeNull();
    expect(await listRenewalCertificates(asOther)).toEqual([]);
  });

  it("names the download in ASCII and in Japanese (RFC 5987)", async () => {
    const { contract, scope, renew } = await renewableContract(db.orm);
    const renewed = await renew();
    expect(renewed.ok).toBe(true);
    const certificate = await findRenewalCertificate(scope(db.orm.em.fork()), contract.id);
    expect(renewalCertificateDisposition(certificate!)).toBe(
      `attachment; filename="renewal-certificate-${contract.policyNumber}.pdf"; ` +
        `filename*=UTF-8''${encodeURIComponent(`継続手続完了のお知らせ_${contract.policyNumber}.pdf`)}`,
    );
  });
});
