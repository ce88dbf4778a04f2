import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import iconv from "iconv-lite";

export interface CsvOptions {
  /** Shift_JIS (CP932) as Excel on Japanese Windows reads it; otherwise UTF-8 with a BOM, which Excel also opens. */
  excel?: boolean;
}

/** A CSV file being written row by row; it appears under its name only when committed. */
export interface CsvFile {
  write(row: readonly unknown[]): Promise<void>;
  /** Finishes the file and moves it into place; returns the number of data rows. */
  commit(): Promise<number>;
  /** Drops the partial file (after a failure or Ctrl-C). */
  discard(): Promise<void>;
}

const UTF8_BOM = "\uFEFF";

/**
 * Opens a CSV export: CRLF lines and quoting by csv-stringify, encoded on the fly, written to
 * a temporary file beside the target and renamed at the end, so a crash or Ctrl-C never
 * leaves half a report under the real name. Rows are streamed, never all held in memory.
 */
export function createCsvFile(
  file: string,
  header: readonly string[],
  options: CsvOptions = {},
): CsvFile {
  const temporary = `${file}.${process.pid}.part`;
  const stringifier = stringify({
    record_delimiter: "windows",
    // csv-stringify quotes only fields holding the record delimiter (CRLF); a bare LF or CR
    // inside a cell must be quoted too, or the row breaks in Excel.
    quoted_match: /[\r\n]/,
    cast: { boolean: (v) => (v ? "true" : "false") },
  });
  // Strings, not bytes, go to the encoder: iconv-lite's stream encodes text.
  stringifier.setEncoding("utf8");
  const encoder: NodeJS.ReadWriteStream = options.excel
    ? iconv.encodeStream("cp932")
    : new PassThrough();
  if (!options.excel) encoder.write(UTF8_BOM);
  const sink = createWriteStream(temporary, { mode: 0o600 });
  const done = pipeline(stringifier, encoder, sink);
  done.catch(() => {
    // Reported by commit(); this only keeps an early failure from being unhandled.
  });
  let rows = -1;

  const write = async (row: readonly unknown[]) => {
    rows += 1;
    if (!stringifier.write(row.map((cell) => (cell == null ? "" : cell)))) {
      await Promise.race([once(stringifier, "drain"), done]);
    }
  };
  const headerWritten = write(header);

  return {
    async write(row) {
      await headerWritten;
      await write(row);
    },
    async commit() {
      await headerWritten;
      stringifier.end();
      await done;
      await rename(temporary, file);
      return rows;
    },
    async discard() {
      stringifier.destroy();
      await done.catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}

/** Writes all rows of a small report at once. */
export async function writeCsv(
  file: string,
  header: readonly string[],
  rows: Iterable<readonly unknown[]>,
  options: CsvOptions = {},
): Promise<number> {
  const csv = createCsvFile(file, header, options);
  try {
    for (const row of rows) await csv.write(row);
    return await csv.commit();
  } catch (error) {
    await csv.discard();
    throw error;
  }
}
