import Table from "cli-table3";

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

const text = (value: unknown) => (value == null ? "" : String(value));

/**
 * Prints rows for people or scripts: JSON with --json, a table on a terminal, and
 * tab-separated lines (header first) when stdout is a pipe.
 */
export function printRows<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  json: unknown | false,
): void {
  if (json !== false) {
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  if (process.stdout.isTTY) {
    const table = new Table({ head: columns.map((c) => c.header), style: { head: [] } });
    for (const row of rows) table.push(columns.map((c) => text(c.value(row))));
    process.stdout.write(`${table.toString()}\n`);
    return;
  }
  process.stdout.write(`${columns.map((c) => c.header).join("\t")}\n`);
  for (const row of rows)
    process.stdout.write(`${columns.map((c) => text(c.value(row))).join("\t")}\n`);
}

export function printLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
