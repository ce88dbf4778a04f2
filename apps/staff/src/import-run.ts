import { createReadStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import {
  AbandonImportDocument,
  AddImportRowsDocument,
  CommitImportDocument,
  ImportProblemsDocument,
  StartImportDocument,
  type CommitImportMutation,
  type ImportProblemsQuery,
} from "@cws/client/gql";
import {
  ImportFileError,
  openImportCsv,
  resolveEncoding,
  type ImportKind,
} from "@cws/domain/import-files";
import type { StaffApi } from "./api.ts";
import { CliError } from "./cli-error.ts";
import { problem } from "./context.ts";
import { createCsvFile } from "./csv-file.ts";
import { fill } from "./i18n.ts";
import { MSG } from "./messages.ts";
import { createProgress } from "./progress.ts";

export type ImportCommitted = Extract<
  CommitImportMutation["commitImport"],
  { __typename: "ImportCommitted" }
>;

export interface ImportRequest {
  kind: ImportKind;
  file: string;
  dryRun: boolean;
  encoding?: string | undefined;
  /** Rows per addImportRows call (1,000: the server's maximum). */
  batchSize?: number;
  showProgress?: boolean;
  /** The largest rows payload per request (the server takes up to 4 MB from a staff session). */
  maxRequestBytes?: number;
}

/**
 * Under the 4 MB the server accepts from a staff (bearer) session, with room for the document
 * and the envelope: a batch of 1,000 ordinary rows (~450 kB) goes in one request.
 */
export const MAX_REQUEST_BYTES = 3_500_000;

/**
 * Splits a batch into parts whose JSON stays under `maxBytes`: a batch of 1,000 rows with
 * very long cells can be larger than the server accepts in one request. Rows are never
 * split or reordered, and a part always has at least one row.
 */
export function requestSized<T>(rows: readonly T[], maxBytes: number): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let size = 2;
  for (const row of rows) {
    const bytes = Buffer.byteLength(JSON.stringify(row)) + 1;
    if (part.length > 0 && size + bytes > maxBytes) {
      parts.push(part);
      part = [];
      size = 2;
    }
    part.push(row);
    size += bytes;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** The error report written beside the input: `<input>.errors.csv`. */
export const errorReportPath = (file: string) => `${file}.errors.csv`;

async function* countingBytes(
  file: string,
  counter: { bytes: number },
): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(file, {
    highWaterMark: 64 * 1024,
  }) as AsyncIterable<Buffer>) {
    counter.bytes += chunk.byteLength;
    yield chunk;
  }
}

/**
 * Loads one file through the staged import: the file is read and checked locally (encoding,
 * header) before anything is started, rows go up in batches as they are read, and any row
 * problem, file problem, failure or Ctrl-C (the signal) abandons the run, so nothing is
 * loaded unless every row is good.
 */
export async function runImport(
  request: ImportRequest,
  /**
   * The session's API, asked for once the file has passed its local checks: `api` follows
   * the signal, `cleanupApi` sends the abandon after an interruption.
   */
  connectApis: () => Promise<{ api: StaffApi; cleanupApi: StaffApi }>,
  signal: AbortSignal,
): Promise<ImportCommitted> {
  if (request.encoding) {
    const resolved = resolveEncoding(request.encoding);
    if (!resolved.ok) throw new CliError(resolved.message);
  }
  let size: number;
  try {
    size = (await stat(request.file)).size;
  } catch (error) {
    throw new CliError(
      fill(MSG.fileUnreadable, { file: request.file, reason: (error as Error).message }),
    );
  }
  const counter = { bytes: 0 };
  const opened = await openImportCsv(countingBytes(request.file, counter), {
    kind: request.kind,
    encoding: request.encoding ?? null,
    batchSize: request.batchSize ?? 1000,
  });
  if (!opened.ok) throw new CliError(opened.message);
  const { api, cleanupApi } = await connectApis();

  const { startImport } = await api.call((c) =>
    c.execute(StartImportDocument, { kind: request.kind }),
  );
  if (startImport.__typename !== "ImportStarted") return problem(startImport);
  const importId = startImport.importId;

  let finished = false;
  const progress = createProgress(size, request.showProgress);
  try {
    let rows = 0;
    let problems = 0;
    for await (const batch of opened.batches) {
      if (signal.aborted) break;
      const inputs = batch.map((row) => ({
        rowNumber: row.rowNumber,
        values: Object.entries(row.values).map(([field, value]) => ({ field, value })),
      }));
      for (const part of requestSized(inputs, request.maxRequestBytes ?? MAX_REQUEST_BYTES)) {
        const { addImportRows } = await api.call((c) =>
          c.execute(AddImportRowsDocument, { importId, rows: part }),
        );
        if (addImportRows.__typename !== "ImportRowsStaged") return problem(addImportRows);
        rows += part.length;
        problems += addImportRows.problems.length;
        progress.update(counter.bytes, rows);
      }
    }
    progress.update(size, rows);
    progress.stop();
    if (signal.aborted) throw new CliError(MSG.importInterrupted);
    if (problems > 0) return await reportProblems(api, importId, request.file);

    const { commitImport } = await api.call((c) =>
      c.execute(CommitImportDocument, { importId, dryRun: request.dryRun }),
    );
    if (commitImport.__typename === "ImportCommitted") {
      finished = !request.dryRun;
      await rm(errorReportPath(request.file), { force: true });
      return commitImport;
    }
    if (commitImport.code === "IMPORT_HAS_ERRORS")
      return await reportProblems(api, importId, request.file);
    return problem(commitImport);
  } catch (error) {
    progress.stop();
    if (error instanceof ImportFileError) throw new CliError(error.failure.message);
    if (signal.aborted) throw new CliError(MSG.importInterrupted);
    throw error;
  } finally {
    if (!finished) {
      await cleanupApi
        .call((c) => c.execute(AbandonImportDocument, { importId }))
        .catch(() => undefined);
    }
  }
}

/** Streams every row problem page by page into the report beside the input, then fails (the caller abandons). */
async function reportProblems(api: StaffApi, importId: string, file: string): Promise<never> {
  const report = errorReportPath(file);
  const csv = createCsvFile(report, ["行", "列", "値", "エラー内容"]);
  let count = 0;
  try {
    let afterRow: number | null = null;
    do {
      const page: ProblemPage = (
        await api.call((c) =>
          c.execute(ImportProblemsDocument, { importId, afterRow, limit: 1000 }),
        )
      ).importProblems;
      for (const p of page.problems)
        await csv.write([p.rowNumber, p.header.ja, p.value, p.message.ja]);
      count += page.problems.length;
      afterRow = page.nextAfterRow;
    } while (afterRow != null);
    await csv.commit();
  } catch (error) {
    await csv.discard();
    if (error instanceof CliError) throw error;
    throw new CliError(
      fill(MSG.fileUnwritable, { file: report, reason: (error as Error).message }),
    );
  }
  throw new CliError(fill(MSG.importHasErrors, { count, report }));
}

type ProblemPage = ImportProblemsQuery["importProblems"];
