import { mkdtemp, readFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { createCsvFile, writeCsv } from "./csv-file.ts";

const header = ["契約番号", "氏名", "備考"];
const rows = [
  ["0345678901", "髙橋 一郎", 'カンマ, と "引用符"'],
  ["0345678902", "渡辺 ①", "改行\nあり"],
];

async function folder() {
  return mkdtemp(path.join(os.tmpdir(), "cws-staff-csv-"));
}

describe("CSV exports", () => {
  it("writes Shift_JIS (CP932) for Excel with --excel: decoded back, it is the same table", async () => {
    const file = path.join(await folder(), "renewals.csv");
    expect(await writeCsv(file, header, rows, { excel: true })).toBe(2);
    const bytes = await readFile(file);
    // CP932 bytes, not UTF-8: 契 is 0x8C 0x5F in Shift_JIS.
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x8c, 0x5f]));
    expect(iconv.decode(bytes, "cp932")).toBe(
      '契約番号,氏名,備考\r\n0345678901,髙橋 一郎,"カンマ, と ""引用符"""\r\n0345678902,渡辺 ①,"改行\nあり"\r\n',
    );
  });

  it("writes UTF-8 with a BOM otherwise, so Excel still opens it", async () => {
    const file = path.join(await folder(), "audit.csv");
    await writeCsv(file, header, [rows[0]!]);
    const text = await readFile(file, "utf8");
    expect(text.startsWith("\uFEFF契約番号,氏名,備考\r\n")).toBe(true);
  });

  it("shows the file under its name only when finished, and leaves nothing when discarded", async () => {
    const dir = await folder();
    const file = path.join(dir, "long.csv");
    const csv = createCsvFile(file, header);
    await csv.write(rows[0]!);
    expect((await readdir(dir)).includes("long.csv")).toBe(false);
    await csv.discard();
    expect(await readdir(dir)).toEqual([]);
  });
});
