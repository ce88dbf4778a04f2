// `pnpm --filter @cws/domain bench`: loads 100,000 policyholder rows through the staged
// import (CSV read as a stream → batches of 1,000 → addImportRows → commitImport), then
// loads the same file again (an idempotent re-import: every row unchanged), and prints
// rows/s per phase, peak RSS, and the live heap after a garbage collection. A benchmark,
// not a test: nothing here passes or fails except a wrong count.
// Target (issue 10): at least 5,000 rows/s and under 300 MB on PostgreSQL.
//
// PostgreSQL comes from TEST_DATABASE_URL (an admin URL; a throw-away database is created
// and dropped), defaulting to this machine's postgres://postgres@127.0.0.1:5432/postgres.
// `--rows N` changes the row count; `--live-heap` also collects garbage every 25 batches and
// prints the live heap (proof that no batch is kept), which lowers the peak RSS it reports.
import { setFlagsFromString, getHeapSpaceStatistics } from "node:v8";
import { runInNewContext } from "node:vm";
import { commitImport } from "../src/imports/import-commit.ts";
import { openImportCsv, type ImportRowInput } from "../src/imports/import-csv-reader.ts";
import { templateCsv } from "../src/imports/import-columns.ts";
import { addImportRows, startImport } from "../src/imports/import-staging.ts";
import { validatePolicyholderRow } from "../src/imports/policyholder-rows.ts";
import type { StaffScope } from "../src/staff/staff-scope.ts";
import { newAgency, newStaffMember } from "../src/testing/staff-fixtures.ts";
import { openTestDatabase } from "../src/testing/test-database.ts";

// eslint-disable-next-line no-restricted-properties -- a developer script choosing its database, not a service setting
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";

const rowsArg = process.argv.indexOf("--rows");
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 100_000;
if (!Number.isSafeInteger(ROWS) || ROWS < 1)
  throw new Error("--rows takes a positive whole number");
const BATCH = 1_000;
const GROUP = "ベンチ商事株式会社";
const KANA = [
  "アオキ",
  "イトウ",
  "ウエダ",
  "エンドウ",
  "オオタ",
  "カトウ",
  "キムラ",
  "クボ",
  "ケンモチ",
  "コバヤシ",
];

// A garbage collection on demand, to tell live memory from garbage not yet collected.
const LIVE_HEAP = process.argv.includes("--live-heap");
if (LIVE_HEAP) setFlagsFromString("--expose-gc");
const collectGarbage = LIVE_HEAP ? (runInNewContext("gc") as () => void) : () => {};

/** The file, generated as it is read, so the benchmark itself never holds it either. */
async function* csvFile(): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(templateCsv("POLICYHOLDERS", "ja"));
  for (let start = 0; start < ROWS; start += 500) {
    let chunk = "";
    for (let i = start; i < Math.min(ROWS, start + 500); i += 1) {
      const day = String((i % 28) + 1).padStart(2, "0");
      chunk += `${GROUP},${100000 + i},見本,太郎${i % 97},${KANA[i % 10]},タロウ,1980/01/${day},user${i}@example.com\r\n`;
    }
    yield encoder.encode(chunk);
  }
}

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 20);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(7);
const rate = (n: number, ms: number) =>
  `${Math.round((n / ms) * 1000).toLocaleString("en")} rows/s`.padStart(14);

let liveHeapMax = 0;
/** Live heap after a full collection: flat from batch to batch when no batch is kept. */
function liveHeap(): number {
  collectGarbage();
  const used = process.memoryUsage().heapUsed;
  liveHeapMax = Math.max(liveHeapMax, used);
  return used;
}

interface Phases {
  read: number;
  validate: number;
  stage: number;
  commit: number;
  rows: number;
  /** CPU time of this process (user + system), which the other loads of a shared machine do not inflate. */
  cpu: { read: number; stage: number; commit: number };
}

/** CPU milliseconds this process used since `from`. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

/** One whole import of the file; the cell rules are also timed on their own (outside the import). */
async function importOnce(scope: () => StaffScope, label: string, expect: "insert" | "unchanged") {
  const started = await startImport(scope(), { kind: "POLICYHOLDERS" });
  if (!started.ok) throw new Error(started.code);
  const phases: Phases = {
    read: 0,
    validate: 0,
    stage: 0,
    commit: 0,
    rows: 0,
    cpu: { read: 0, stage: 0, commit: 0 },
  };
  const opened = await openImportCsv(csvFile(), { kind: "POLICYHOLDERS", batchSize: BATCH });
  if (!opened.ok) throw new Error(opened.code);
  const batches = opened.batches[Symbol.asyncIterator]();
  const heapAt: number[] = [];
  for (let batchNumber = 1; ; batchNumber += 1) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const next: IteratorResult<ImportRowInput[]> = await batches.next();
    const t1 = performance.now();
    phases.read += t1 - t0;
    phases.cpu.read += cpuSince(c0);
    if (next.done) break;
    const today = "2026-11-25";
    for (const row of next.value) validatePolicyholderRow(row.values, today);
    const t2 = performance.now();
    phases.validate += t2 - t1;
    const c2 = process.cpuUsage();
    const added = await addImportRows(scope(), { importId: started.importId, rows: next.value });
    phases.stage += performance.now() - t2;
    phases.cpu.stage += cpuSince(c2);
    if (!added.ok || added.problems.length > 0)
      throw new Error(`batch refused: ${JSON.stringify(added).slice(0, 300)}`);
    phases.rows += added.staged;
    if (LIVE_HEAP && batchNumber % 25 === 0) heapAt.push(liveHeap());
  }
  const t3 = performance.now();
  const c3 = process.cpuUsage();
  const result = await commitImport(scope(), { importId: started.importId });
  phases.commit = performance.now() - t3;
  phases.cpu.commit = cpuSince(c3);
  if (!result.ok) throw new Error(result.code);
  const want =
    expect === "insert"
      ? { inserted: phases.rows, updated: 0, unchanged: 0 }
      : { inserted: 0, updated: 0, unchanged: phases.rows };
  const got = { inserted: result.inserted, updated: result.updated, unchanged: result.unchanged };
  if (JSON.stringify(got) !== JSON.stringify(want))
    throw new Error(`${label}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);

  const whole = phases.read + phases.stage + phases.commit;
  const line = (name: string, ms: number, cpu?: number) =>
    console.log(
      `  ${name.padEnd(36)}${seconds(ms)} ${rate(phases.rows, ms)}` +
        (cpu === undefined ? "" : `   Node CPU ${seconds(cpu)}`),
    );
  console.log(`\n${label}: ${phases.rows.toLocaleString("en")} rows`);
  line("read + parse CSV", phases.read, phases.cpu.read);
  line("validate + stage (addImportRows)", phases.stage, phases.cpu.stage);
  line("  of which cell rules (timed apart)", phases.validate);
  line("commit (one transaction)", phases.commit, phases.cpu.commit);
  line("whole import", whole, phases.cpu.read + phases.cpu.stage + phases.cpu.commit);
  console.log(
    `  inserted ${result.inserted}, updated ${result.updated}, unchanged ${result.unchanged}` +
      (LIVE_HEAP ? `; live heap after GC every 25 batches: ${heapAt.map(mb).join(", ")}` : ""),
  );
}

const db = await openTestDatabase("postgresql");
try {
  const agency = await newAgency(db.orm, [GROUP]);
  const { scope } = await newStaffMember(db.orm, agency, "AGENT");
  const baseline = process.memoryUsage().rss;
  const [server] = await db.orm.em
    .fork()
    .execute<{ version: string }[]>(`select current_setting('server_version') as "version"`);
  console.log(
    `${ROWS.toLocaleString("en")} policyholder rows, batches of ${BATCH}, ` +
      `PostgreSQL ${server?.version} (throw-away database ${db.orm.config.get("dbName")}), ` +
      `Node ${process.version}`,
  );
  await importOnce(scope, "first import (all rows new)", "insert");
  await importOnce(scope, "same file again (idempotent re-import)", "unchanged");
  sample();
  const youngGeneration = getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
  console.log(
    `\nRSS before the imports: ${mb(baseline)} (code and the ORM, loaded before any row); ` +
      `peak RSS: ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}`,
  );
  console.log(
    `V8 young generation reserved at the end: ${mb(youngGeneration?.space_size ?? 0)}` +
      (LIVE_HEAP ? `; largest live heap after GC: ${mb(liveHeapMax)}` : ""),
  );
} finally {
  clearInterval(sampler);
  await db.close();
}
