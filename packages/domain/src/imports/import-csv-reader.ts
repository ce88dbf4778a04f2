import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import type { LocalizedText } from "../errors/localized-text.ts";
import { columnForHeader, IMPORT_COLUMNS } from "./import-columns.ts";
import {
  decodeChunks,
  detectEncoding,
  resolveEncoding,
  UndecodableInput,
  type CsvEncoding,
} from "./csv-decoding.ts";
import { importFailure, type ImportFailure } from "./import-messages.ts";
import type { ImportKind } from "./import-run.entity.ts";

/** One data row as read from the file: its spreadsheet row number (the header is row 1) and its cells by field. */
export interface ImportRowInput {
  rowNumber: number;
  values: Record<string, string>;
}

export interface ImportCsvOptions {
  kind: ImportKind;
  /** An encoding name ("utf-8", "shift_jis", "cp932" …); detected from the bytes when absent. */
  encoding?: string | null;
  /** Rows per batch (1,000 by default), the unit sent to addImportRows. */
  batchSize?: number;
}

/** A file-level problem met while streaming (bad bytes, broken quoting): the batches iterator throws this. */
export class ImportFileError extends Error {
  readonly failure: ImportFailure;

  constructor(failure: ImportFailure) {
    super(failure.message.en);
    this.failure = failure;
    this.name = "ImportFileError";
  }
}

export type OpenedImportCsv =
  | {
      ok: true;
      encoding: CsvEncoding;
      language: keyof LocalizedText;
      batches: AsyncGenerator<ImportRowInput[]>;
    }
  | ImportFailure<
      | "IMPORT_UNKNOWN_ENCODING"
      | "IMPORT_UNDECODABLE"
      | "IMPORT_MISSING_HEADER"
      | "IMPORT_EMPTY_FILE"
      | "IMPORT_MALFORMED_CSV"
    >;

const SAMPLE_BYTES = 64 * 1024;

/** Reads the first bytes for detection, then hands back the whole stream again. */
async function sampled(
  source: AsyncIterable<Uint8Array>,
): Promise<{ sample: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.byteLength;
  }
  async function* stream(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (!done)
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield next.value;
  }
  return { sample: Buffer.concat(head), stream: stream() };
}

function failureOf(error: unknown, encoding: CsvEncoding, row: number): ImportFailure | null {
  if (error instanceof UndecodableInput)
    return importFailure("IMPORT_UNDECODABLE", { encoding, row });
  if (error instanceof CsvError) return importFailure("IMPORT_MALFORMED_CSV", { row });
  return null;
}

/**
 * Opens an import file as a stream: detects or checks the encoding, reads and checks the
 * header row (Japanese or English), and returns the data rows in batches without holding
 * the file in memory. Quoted fields, CRLF and blank lines (also rows of empty cells, as
 * Excel leaves them) are handled; extra columns are ignored.
 */
export async function openImportCsv(
  source: AsyncIterable<Uint8Array>,
  options: ImportCsvOptions,
): Promise<OpenedImportCsv> {
  let encoding: CsvEncoding;
  const { sample, stream } = await sampled(source);
  if (options.encoding) {
    const resolved = resolveEncoding(options.encoding);
    if (!resolved.ok) return resolved;
    encoding = resolved.encoding;
  } else {
    encoding = detectEncoding(sample);
  }
  const parser = parse({ relax_column_count: true, skip_empty_lines: true });
  const piping = pipeline(Readable.from(decodeChunks(stream, encoding)), parser).catch(() => {
    // The parser's own iteration reports the error; this only keeps it from being unhandled.
  });
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  let rowNumber = 0;

  let header: IteratorResult<string[]>;
  try {
    header = await records.next();
  } catch (error) {
    const failure = failureOf(error, encoding, 1);
    if (failure) return failure as OpenedImportCsv & { ok: false };
    throw error;
  }
  if (header.done) return importFailure("IMPORT_EMPTY_FILE");
  rowNumber = 1;
  const columns = header.value.map((h) => columnForHeader(options.kind, h));
  const japanese = header.value.some(
    (h, i) => columns[i] && h.normalize("NFKC").trim() === columns[i]!.header.ja,
  );
  const language: keyof LocalizedText = japanese ? "ja" : "en";
  const missing = IMPORT_COLUMNS[options.kind].filter(
    (c) => c.required && !columns.some((found) => found?.field === c.field),
  );
  if (missing.length > 0) {
    parser.destroy();
    return importFailure("IMPORT_MISSING_HEADER", {
      columns: missing.map((c) => c.header[language]).join(", "),
    });
  }
  const batchSize = options.batchSize ?? 1000;

  async function* batches(): AsyncGenerator<ImportRowInput[]> {
    let batch: ImportRowInput[] = [];
    try {
      for (let next = await records.next(); !next.done; next = await records.next()) {
        rowNumber += 1;
        const cells = next.value;
        if (cells.every((cell) => cell.trim() === "")) continue;
        const values: Record<string, string> = {};
        columns.forEach((c, i) => {
          if (c) values[c.field] = cells[i] ?? "";
        });
        batch.push({ rowNumber, values });
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
    } catch (error) {
      const failure = failureOf(error, encoding, rowNumber + 1);
      if (failure) throw new ImportFileError(failure);
      throw error;
    }
    if (batch.length > 0) yield batch;
    await piping;
  }
  return { ok: true, encoding, language, batches: batches() };
}
