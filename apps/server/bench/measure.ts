// What one run costs, read from outside the server: CPU from /proc, PostgreSQL's work from
// its statistics views. Snapshots are taken before and after each run and subtracted.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { processTree } from "./processes.ts";

const TICKS_PER_SECOND =
  Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
const MICROS_PER_TICK = 1_000_000 / TICKS_PER_SECOND;

/** utime + stime of one process in µs; 0 when it is gone or not readable. */
function cpuMicros(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of proc(5); fields[0] here is field 3.
    return (Number(fields[11]) + Number(fields[12])) * MICROS_PER_TICK;
  } catch {
    return 0;
  }
}

/** CPU per process of a tree (the server and its cluster workers), in µs. */
export function treeCpu(root: number): Map<number, number> {
  return new Map(processTree(root).map((pid) => [pid, cpuMicros(pid)]));
}

/** CPU spent between two snapshots; a process that appeared in between counts from zero. */
export function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, micros] of after) spent += micros - (before.get(pid) ?? 0);
  return spent;
}

/**
 * Waits until the server's process tree has been idle (under 2 % of a core) for 200 ms, at
 * most `limitMs`: the requests autocannon abandoned at its deadline are still being served,
 * and their work belongs to the run that sent them, not to the next one.
 */
export async function waitUntilIdle(root: number, limitMs = 15_000): Promise<void> {
  const deadline = performance.now() + limitMs;
  let last = [...treeCpu(root).values()].reduce((a, b) => a + b, 0);
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = [...treeCpu(root).values()].reduce((a, b) => a + b, 0);
    if (now - last < 4_000) return;
    last = now;
  }
}

/** Counters of the bench database, as PostgreSQL's cumulative statistics give them. */
export interface DatabaseCounters {
  /** xact_commit + xact_rollback: every statement outside BEGIN…COMMIT is a transaction of its own. */
  transactions: number;
  /** tup_inserted + tup_updated + tup_deleted. */
  rowsWritten: number;
  /** CPU of the backends serving the bench database, per backend pid. */
  backendCpu: Map<number, number>;
}

/**
 * Reads the bench database's counters over a connection to the admin database, so the
 * monitor's own queries are not counted against the server.
 */
export class DatabaseMonitor {
  readonly #client: pg.Client;
  readonly #database: string;

  private constructor(client: pg.Client, database: string) {
    this.#client = client;
    this.#database = database;
  }

  static async open(adminUrl: string, database: string): Promise<DatabaseMonitor> {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    return new DatabaseMonitor(client, database);
  }

  async counters(): Promise<DatabaseCounters> {
    // A fresh snapshot of the statistics, not the one cached for this connection's transaction.
    await this.#client.query("select pg_stat_clear_snapshot()");
    const stats = await this.#client.query<{ transactions: string; rows_written: string }>(
      `select xact_commit + xact_rollback as transactions, tup_inserted + tup_updated + tup_deleted as rows_written
         from pg_stat_database where datname = $1`,
      [this.#database],
    );
    const backends = await this.#client.query<{ pid: number }>(
      "select pid from pg_stat_activity where datname = $1 and backend_type = 'client backend'",
      [this.#database],
    );
    const row = stats.rows[0];
    return {
      transactions: Number(row?.transactions ?? 0),
      rowsWritten: Number(row?.rows_written ?? 0),
      backendCpu: new Map(backends.rows.map(({ pid }) => [pid, cpuMicros(pid)])),
    };
  }

  close(): Promise<void> {
    return this.#client.end();
  }
}
