import { CliError } from "./cli-error.ts";
import { createCsvFile } from "./csv-file.ts";
import { fill, say } from "./i18n.ts";
import { MSG } from "./messages.ts";
import type { Column } from "./output.ts";
import { printLine, printRows } from "./output.ts";
import { createProgress } from "./progress.ts";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedOutput {
  json?: boolean;
  csv?: string;
  excel?: boolean;
}

const PAGE = 200;

/**
 * Pages through a cursor list and prints it (table, TSV or JSON) or streams it to a CSV file
 * (with a progress bar: rows done, rows/s), so a long export is never held in memory.
 */
export async function pagedOutput<T>(
  fetchPage: (after: string | null, limit: number) => Promise<Page<T>>,
  columns: readonly Column<T>[],
  output: PagedOutput,
): Promise<void> {
  if (output.csv) {
    const csv = createCsvFile(
      output.csv,
      columns.map((c) => c.header),
      { excel: output.excel === true },
    );
    const progress = createProgress(PAGE);
    let rows = 0;
    try {
      let after: string | null = null;
      do {
        const page: Page<T> = await fetchPage(after, PAGE);
        for (const item of page.items) await csv.write(columns.map((c) => c.value(item)));
        rows += page.items.length;
        after = page.nextCursor;
        progress.setTotal(rows + (after ? PAGE : 0));
        progress.update(rows, rows);
      } while (after);
      progress.stop();
      await csv.commit();
    } catch (error) {
      progress.stop();
      await csv.discard();
      if (error instanceof CliError) throw error;
      if ((error as NodeJS.ErrnoException).code) {
        throw new CliError(
          fill(MSG.fileUnwritable, { file: output.csv, reason: (error as Error).message }),
        );
      }
      throw error;
    }
    printLine(say(MSG.csvWritten, { count: rows, file: output.csv }));
    return;
  }
  const all: T[] = [];
  let after: string | null = null;
  do {
    const page: Page<T> = await fetchPage(after, PAGE);
    all.push(...page.items);
    after = page.nextCursor;
  } while (after);
  if (output.json) return printRows(all, columns, all);
  if (all.length === 0) return printLine(say(MSG.nothingFound));
  printRows(all, columns, false);
}
