// `pnpm --filter @cws/domain bench`: loads 100,000 policyholder rows through the staged
// import (CSV read as a stream → batches of 1,000 → addImportRows → commitImport) and
// prints rows/s and peak memory. A benchmark, not a test: nothing here passes or fails.
// Target (issue 10): at least 5,000 rows/s and under 300 MB on PostgreSQL.
//
// PostgreSQL comes from TEST_DATABASE_URL (an admin URL; a throw-away database is created
// and dropped), defaulting to this machine's postgres://postgres@127.0.0.1:5432/postgres.
import { commitImport } from "../src/imports/import-commit.ts";
import { openImportCsv } from "../src/imports/import-csv-reader.ts";
import { templateCsv } from "../src/imports/import-columns.ts";
import { addImportRows, startImport } from "../src/imports/import-staging.ts";
import { newAgency, newStaffMember } from "../src/testing/staff-fixtures.ts";
import { openTestDatabase } from "../src/testing/test-database.ts";

// eslint-disable-next-line no-restricted-properties -- a developer script choosing its database, not a service setting
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";

const ROWS = 100_000;
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
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const db = await openTestDatabase("postgresql");
try {
  const agency = await newAgency(db.orm, [GROUP]);
  const { scope } = await newStaffMember(db.orm, agency, "AGENT");
  const started = await startImport(scope(), { kind: "POLICYHOLDERS" });
  if (!started.ok) throw new Error(started.code);

  const baseline = process.memoryUsage().rss;
  const t0 = performance.now();
  const opened = await openImportCsv(csvFile(), { kind: "POLICYHOLDERS", batchSize: BATCH });
  if (!opened.ok) throw new Error(opened.code);
  let staged = 0;
  for await (const rows of opened.batches) {
    const added = await addImportRows(scope(), { importId: started.importId, rows });
    if (!added.ok || added.problems.length > 0)
      throw new Error(`batch refused: ${JSON.stringify(added).slice(0, 300)}`);
    staged += added.staged;
    sample();
  }
  const t1 = performance.now();
  const first = await commitImport(scope(), { importId: started.importId });
  sample();
  const t2 = performance.now();
  if (!first.ok) throw new Error(first.code);

  const rate = (n: number, ms: number) =>
    `${Math.round((n / ms) * 1000).toLocaleString("en")} rows/s`;
  console.log(`\n${ROWS.toLocaleString("en")} policyholder rows, batches of ${BATCH}, PostgreSQL`);
  console.log(
    `  staging (read + validate + stage): ${((t1 - t0) / 1000).toFixed(1)} s, ${rate(staged, t1 - t0)}`,
  );
  console.log(
    `  commit (one transaction):          ${((t2 - t1) / 1000).toFixed(1)} s, ${rate(staged, t2 - t1)}`,
  );
  console.log(
    `  whole import:                      ${((t2 - t0) / 1000).toFixed(1)} s, ${rate(staged, t2 - t0)}`,
  );
  console.log(
    `  inserted ${first.inserted}, updated ${first.updated}, unchanged ${first.unchanged}`,
  );
  console.log(
    `  RSS before the import: ${mb(baseline)}; peak RSS: ` +
      `${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}`,
  );
} finally {
  await db.close();
}
