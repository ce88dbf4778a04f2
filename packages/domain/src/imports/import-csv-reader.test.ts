import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ImportFileError, openImportCsv, type ImportRowInput } from "./import-csv-reader.ts";
import { templateCsv } from "./import-columns.ts";

const HEADER_JA = "団体名,社員番号,氏名(姓),氏名(名),カナ(セイ),カナ(メイ),生年月日,メールアドレス";

/** Feeds bytes in small chunks, so multi-byte characters and CRLF are split across chunks. */
async function* chunked(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(bytes: Uint8Array, encoding?: string, batchSize = 2) {
  const opened = await openImportCsv(chunked(bytes), {
    kind: "POLICYHOLDERS",
    encoding,
    batchSize,
  });
  if (!opened.ok) return { opened, rows: [] as ImportRowInput[], batches: 0 };
  const rows: ImportRowInput[] = [];
  let batches = 0;
  for await (const batch of opened.batches) {
    batches += 1;
    rows.push(...batch);
  }
  return { opened, rows, batches };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("openImportCsv", () => {
  it(
    "reads a Shift_JIS file as Excel saves it (CRLF, quoted fields " +
      "with commas and quotes, trailing empty lines), detected",
    async () => {
      const text =
        `${HEADER_JA}\r\n` +
        `みらい商事株式会社,123456789,見本,太郎,ミホン,タロウ,1975/1/1,taro@example.com\r\n` +
        `"みらい商事株式会社",200300400,"髙橋","""花子"", 二世",ﾀｶﾊｼ,ハナコ,1985-10-01,\r\n` +
        `,,,,,,,\r\n\r\n\r\n`;
      const { opened, rows, batches } = await readAll(iconv.encode(text, "cp932"));
      expect(opened).toMatchObject({ ok: true, encoding: "shift_jis", language: "ja" });
      expect(batches).toBe(1);
      expect(rows).toEqual([
        {
          rowNumber: 2,
          values: expect.objectContaining({
            groupName: "みらい商事株式会社",
            familyName: "見本",
            birthDate: "1975/1/1",
            emailOnFile: "taro@example.com",
          }),
        },
        {
          rowNumber: 3,
          values: expect.objectContaining({
            familyName: "髙橋",
            givenName: '"花子", 二世',
            familyNameKana: "ﾀｶﾊｼ",
            emailOnFile: "",
          }),
        },
      ]);
    },
  );

  it("reads UTF-8 with and without a BOM, with English headers in any order, in batches", async () => {
    const english =
      "email,birth_date,given_name_kana,family_name_kana,given_name,family_name,employee_number,group\n" +
      "a@example.com,1990-04-15,イチロウ,レイジ,一郎,例示,300400500,G\n" +
      "b@example.com,1990-04-16,ジロウ,レイジ,二郎,例示,300400501,G\n" +
      "c@example.com,1990-04-17,サブロウ,レイジ,三郎,例示,300400502,G\n";
    for (const bytes of [utf8(english), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(english)])]) {
      const { opened, rows, batches } = await readAll(bytes);
      expect(opened).toMatchObject({ ok: true, encoding: "utf-8", language: "en" });
      expect(batches).toBe(2);
      expect(rows.map((r) => [r.rowNumber, r.values.givenName, r.values.groupName])).toEqual([
        [2, "一郎", "G"],
        [3, "二郎", "G"],
        [4, "三郎", "G"],
      ]);
    }
  });

  it("refuses a missing header, an empty file and an unknown encoding with typed, bilingual failures", async () => {
    const missing = await readAll(utf8("団体名,社員番号,氏名(姓)\r\nG,1,見本\r\n"));
    expect(missing.opened).toMatchObject({ ok: false, code: "IMPORT_MISSING_HEADER" });
    if (!missing.opened.ok) expect(missing.opened.message.ja).toContain("カナ(セイ)");
    expect((await readAll(utf8(""))).opened).toMatchObject({
      ok: false,
      code: "IMPORT_EMPTY_FILE",
    });
    expect(await readAll(utf8(`${HEADER_JA}\r\n`), "EBCDIC")).toMatchObject({
      opened: {
        ok: false,
        code: "IMPORT_UNKNOWN_ENCODING",
        message: { ja: expect.any(String), en: expect.any(String) },
      },
    });
  });

  it("refuses bytes that are not in the chosen encoding instead of loading mojibake", async () => {
    const sjis = iconv.encode(
      `${HEADER_JA}\r\nG,1,見本,太郎,ミホン,タロウ,1975-01-01,\r\n`,
      "cp932",
    );
    expect((await readAll(sjis, "utf-8")).opened).toMatchObject({
      ok: false,
      code: "IMPORT_UNDECODABLE",
    });

    // Valid UTF-8 at the start (so detected as UTF-8), broken bytes far into the file.
    const good = `${HEADER_JA}\r\n` + "G,1,見本,太郎,ミホン,タロウ,1975-01-01,\r\n".repeat(3000);
    const bytes = new Uint8Array([
      ...utf8(good),
      ...iconv.encode("G,2,試験,花子,シケン,ハナコ,1985-10-01,\r\n", "cp932"),
    ]);
    const opened = await openImportCsv(chunked(bytes, 4096), { kind: "POLICYHOLDERS" });
    if (!opened.ok) throw new Error("expected the header to be read");
    const drain = async () => {
      for await (const batch of opened.batches) void batch;
    };
    await expect(drain()).rejects.toBeInstanceOf(ImportFileError);
  });

  it("writes templates with the headers the reader accepts", async () => {
    expect(templateCsv("POLICYHOLDERS", "ja")).toBe(`${HEADER_JA}\r\n`);
    expect(templateCsv("CONTRACTS", "en")).toMatch(/^policy_number,group,employee_number,product,/);
    for (const language of ["ja", "en"] as const) {
      const opened = await openImportCsv(chunked(utf8(templateCsv("CONTRACTS", language))), {
        kind: "CONTRACTS",
      });
      expect(opened).toMatchObject({ ok: true, language });
    }
  });
});
