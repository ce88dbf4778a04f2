import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { formatDateTimeJa } from "../time/japan-time.ts";
import type { RenewalCertificate } from "./renewal-certificate.ts";

// Noto Sans JP (SIL Open Font License) ships as TTF in @expo-google-fonts/noto-sans-jp, a
// dependency of this package: nothing is fetched at run time. pdfkit (through fontkit) embeds
// only the glyphs a document uses, so a certificate is a few tens of kilobytes, not 5 MB.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
} as const;
const fonts = new Map<keyof typeof FONT_FILES, Buffer>();

/** The font's bytes, read from the package once per process. */
function fontBytes(weight: keyof typeof FONT_FILES): Buffer {
  let bytes = fonts.get(weight);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FONT_FILES[weight]));
    fonts.set(weight, bytes);
  }
  return bytes;
}

/** 2026-04-01 → 2026年04月01日, the seed's contract-list form. */
function formatDateJa(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return `${match[1]}年${match[2]}月${match[3]}日`;
}

const TITLE = "継続手続完了のお知らせ";

/** The document's rows: label and value, in the order the customer reads them. */
export function certificateRows(
  certificate: RenewalCertificate,
  timeZone: string,
): [string, string][] {
  return [
    ["受付番号", certificate.receiptNumber],
    ["お手続日時", formatDateTimeJa(certificate.renewedAt, timeZone)],
    ["契約者", `${certificate.customerName} 様`],
    ["契約番号", certificate.policyNumber],
    ["契約内容", certificate.description],
    [
      "新しい保険期間",
      `${formatDateJa(certificate.startsOn)} ～ ${formatDateJa(certificate.endsOn)}`,
    ],
    ["ノンフリート等級", `${certificate.nonFleetGrade}等級`],
    ["団体割引", `${certificate.groupDiscountPercent}%`],
    ["年間保険料", `${certificate.premiumYen.toLocaleString("ja-JP")}円`],
  ];
}

/**
 * Renders the 「継続手続完了のお知らせ」 as an A4 PDF: issue date, addressee, insurer and
 * agency, the renewal's facts, the contact desk. Japanese text in the embedded Noto Sans JP.
 */
export async function renderRenewalCertificatePdf(
  certificate: RenewalCertificate,
  timeZone: string,
): Promise<Buffer> {
  // Loaded on first use: every importer of the domain need not load pdfkit and fontkit.
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    lang: "ja",
    displayTitle: true,
    info: {
      Title: `${TITLE} ${certificate.policyNumber}`,
      Author: certificate.insurerLegalName,
      Subject: TITLE,
      // The renewal's time, so the same certificate renders the same on every download.
      CreationDate: certificate.renewedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", fontBytes("regular"));
  doc.registerFont("bold", fontBytes("bold"));

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font("regular").fontSize(10);
  doc.text(`発行日: ${formatDateJa(certificate.issuedOn)}`, { align: "right" });
  doc.moveDown(1.5);
  doc.font("bold").fontSize(20).text(TITLE, { align: "center" });
  doc.moveDown(1.5);
  doc.font("regular").fontSize(12).text(`${certificate.customerName} 様`);
  doc.moveDown(0.5);
  doc.fontSize(10);
  doc.text(`引受保険会社: ${certificate.insurerLegalName}`, { align: "right" });
  doc.text(`取扱代理店: ${certificate.agencyName}`, { align: "right" });
  doc.moveDown(1.5);
  doc
    .fontSize(11)
    .text(
      `${certificate.insurerName}「お客さまWebサービス」にて、以下のご契約の継続手続が完了しましたので、お知らせいたします。`,
    );
  doc.moveDown(1);

  const labelWidth = 130;
  const padding = 6;
  for (const [label, value] of certificateRows(certificate, timeZone)) {
    const top = doc.y;
    const valueWidth = width - labelWidth - padding * 2;
    const height =
      Math.max(
        doc.heightOfString(label, { width: labelWidth - padding * 2 }),
        doc.heightOfString(value, { width: valueWidth }),
      ) +
      padding * 2;
    doc.rect(left, top, labelWidth, height).fillAndStroke("#eef2f7", "#8a94a6");
    doc.rect(left + labelWidth, top, width - labelWidth, height).stroke("#8a94a6");
    doc.fillColor("#1a1a1a");
    doc.font("bold").text(label, left + padding, top + padding, {
      width: labelWidth - padding * 2,
    });
    doc.font("regular").text(value, left + labelWidth + padding, top + padding, {
      width: valueWidth,
    });
    doc.x = left;
    doc.y = top + height;
  }

  doc.moveDown(1.5);
  doc.fontSize(9);
  doc.text("本書は継続手続の完了をお知らせするものであり、保険証券ではありません。", left, doc.y, {
    width,
  });
  doc.text("ご契約内容は「お客さまWebサービス」のホーム画面の契約一覧からもご確認いただけます。", {
    width,
  });
  doc.moveDown(1.5);
  doc.fontSize(10).font("bold").text("【お問い合わせ先】");
  doc.font("regular");
  doc.text(certificate.insurerLegalName);
  doc.text(certificate.desk.name);
  doc.text(`TEL:${certificate.desk.phone}`);
  doc.text(`受付時間:${certificate.desk.hours}`);
  doc.end();
  return await done;
}

/**
 * The download's file names: an ASCII one for old clients and the Japanese one (RFC 5987),
 * as a Content-Disposition header value.
 */
export function renewalCertificateDisposition(certificate: RenewalCertificate): string {
  const ascii = `renewal-certificate-${certificate.policyNumber.replace(/[^0-9A-Za-z-]/g, "")}.pdf`;
  const utf8 = encodeURIComponent(`${TITLE}_${certificate.policyNumber}.pdf`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
