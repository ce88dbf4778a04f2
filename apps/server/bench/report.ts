// Prints the figures and writes them as JSON, so two runs (before and after a change) can
// be compared line by line.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ScenarioResult } from "./measured-run.ts";
import { spreadOf, type Spread } from "./stats.ts";
import type { ScenarioMedians, TargetRow } from "./targets.ts";

/** How each column is measured, printed under the tables so a reader need not open the code. */
export const METHOD_NOTES = `How the columns are measured:
- req/s, p50, p99: autocannon in the bench driver (its own process); every body is read, and a
  non-2xx, a GraphQL error inside a 200 or a wrong result counts in "fail".
- server µs/req: utime+stime of the server's process tree (/proc/<pid>/stat) from before the
  run until the server is idle again (it still serves what autocannon abandoned at its
  deadline), divided by the requests sent (both loads in the login-burst line).
- PG µs/req: the same for the PostgreSQL backends connected to the bench database
  (pg_stat_activity pids); pg_stat_statements is not preloaded on this server.
- SQL/req: delta of pg_stat_database.xact_commit + xact_rollback of the bench database per
  request sent. Every statement outside BEGIN…COMMIT is its own transaction, so for a read this is
  its statement count; a BEGIN…COMMIT block counts once (login's figure is a lower bound).
  Backends publish these counters about once a second, so each run's window is shifted by up
  to a second into the previous run of the same scenario.
- rows w/req: delta of tup_inserted + tup_updated + tup_deleted: 0 means no write on a read.
- renewal (quote + renew): not autocannon but a closed loop of that many workers in the driver,
  each sending renewalQuote then renewContract (fresh idempotency key) for a contract not
  renewed before; a "request" in every column is one such pair, a renewal, and req/s is
  renewals/s. Both answers must be successes (ContractRenewed, replayed false).
- load: the 1-minute load average at the end of each run (others' work on the machine shows here).
- Server settings differ from production's defaults in two ways only: RATE_LIMIT_PER_ADDRESS is
  lifted (all requests come from one address) and MAIL_DISPATCH=off (no mail is sent here).`;

/** Median, min and max of every figure of a scenario's runs. */
export function summarize(result: ScenarioResult) {
  const of = (pick: (run: ScenarioResult["runs"][number]) => number | null) =>
    spreadOf(result.runs.map(pick));
  return {
    rps: of((r) => r.rps),
    p50Ms: of((r) => r.p50Ms),
    p99Ms: of((r) => r.p99Ms),
    serverCpuUsPerRequest: of((r) => r.serverCpuUsPerRequest),
    pgCpuUsPerRequest: of((r) => r.pgCpuUsPerRequest),
    statementsPerRequest: of((r) => r.statementsPerRequest),
    rowsWrittenPerRequest: of((r) => r.rowsWrittenPerRequest),
    loadAverage: of((r) => r.loadAverage),
    failures: result.runs.reduce((sum, r) => sum + r.failures, 0),
    requests: result.runs.reduce((sum, r) => sum + r.requests, 0),
  };
}

export type ScenarioSummary = ReturnType<typeof summarize>;

/** The medians the targets read. */
export function mediansOf(summary: ScenarioSummary): ScenarioMedians {
  return {
    rps: summary.rps?.median ?? null,
    p99Ms: summary.p99Ms?.median ?? null,
    statementsPerRequest: summary.statementsPerRequest?.median ?? null,
    rowsWrittenPerRequest: summary.rowsWrittenPerRequest?.median ?? null,
  };
}

const num = (value: number, digits: number) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (s: Spread | null, digits = 0) => (s ? num(s.median, digits) : "—");
const withRange = (s: Spread | null, digits = 0) =>
  s ? `${num(s.median, digits)} [${num(s.min, digits)}–${num(s.max, digits)}]` : "—";

const COLUMNS: [string, number][] = [
  ["scenario", 34],
  ["conns", 5],
  ["req/s median [min–max]", 24],
  ["p50 ms", 7],
  ["p99 ms", 13],
  ["fail", 5],
  ["server µs/req", 17],
  ["PG µs/req", 11],
  ["SQL/req", 7],
  ["rows w/req", 10],
  ["load", 5],
];
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(COLUMNS[i]![1]) : c.padStart(COLUMNS[i]![1]))).join("  ");

/** The scenario table: medians of the runs, with min–max where the spread matters most. */
export function printScenarios(rows: { result: ScenarioResult; summary: ScenarioSummary }[]) {
  console.log(line(COLUMNS.map(([title]) => title)));
  for (const { result, summary: s } of rows) {
    console.log(
      line([
        result.name,
        String(result.connections),
        withRange(s.rps),
        median(s.p50Ms, 1),
        withRange(s.p99Ms),
        String(s.failures),
        withRange(s.serverCpuUsPerRequest),
        median(s.pgCpuUsPerRequest),
        median(s.statementsPerRequest, 2),
        median(s.rowsWrittenPerRequest, 2),
        median(s.loadAverage, 1),
      ]),
    );
    if (result.companion) {
      const c = result.companion;
      const rps = spreadOf(c.runs.map((r) => r.rps));
      const p99 = spreadOf(c.runs.map((r) => r.p99Ms));
      const failures = c.runs.reduce((sum, r) => sum + r.failures, 0);
      const name = `  meanwhile: ${c.name}`;
      const cells = [
        name,
        String(c.connections),
        withRange(rps),
        "",
        withRange(p99),
        String(failures),
      ];
      console.log(line(cells));
    }
    const sample = result.runs.find((r) => r.failureSample)?.failureSample;
    if (sample) console.log(`  first failed answer: ${sample}`);
  }
}

/** The renewal's costs for the capacity model (issue 12 §3): medians of its runs. */
export function perRenewal(s: ScenarioSummary): string {
  return (
    `per renewal: ${median(s.serverCpuUsPerRequest)} µs server CPU, ` +
    `${median(s.pgCpuUsPerRequest)} µs PostgreSQL CPU, ${median(s.statementsPerRequest, 1)} statements, ` +
    `${median(s.rowsWrittenPerRequest, 1)} rows written`
  );
}

/** The targets of issue 12 §2, each marked met or not. */
export function printTargets(rows: TargetRow[]) {
  for (const row of rows) {
    const mark = row.met === null ? "not measured" : row.met ? "met" : "NOT MET";
    const digits = row.unit === "ratio" ? 2 : row.unit === "ms" ? 0 : 2;
    const unit = row.unit === "ratio" ? "" : ` ${row.unit}`;
    const actual = row.actual === null ? "—" : `${num(row.actual, digits)}${unit}`;
    console.log(`${mark.padEnd(12)}  ${row.target.padEnd(58)}  ${actual}`);
  }
}

/** Writes the whole run as <outDir>/<ISO date>.json; returns the file's path. */
export function writeReport(outDir: string, report: object): string {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
