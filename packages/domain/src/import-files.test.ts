import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("./import-files.ts", import.meta.url));

// Runs in a fresh Node (type stripping, as the staff tool runs): a resolve hook records every
// module the entry loads at run time, then the entry's API is used once.
const probe = `
import { registerHooks } from "node:module";
const loaded = [];
registerHooks({
  resolve(specifier, context, next) {
    const result = next(specifier, context);
    loaded.push(result.url);
    return result;
  },
});
const files = await import(${JSON.stringify(entry)});
const opened = await files.openImportCsv(
  (async function* () { yield new TextEncoder().encode(files.templateCsv("POLICYHOLDERS", "ja")); })(),
  { kind: "POLICYHOLDERS" },
);
process.stdout.write(JSON.stringify({ loaded, ok: opened.ok, exports: Object.keys(files).sort() }));
`;

describe("@cws/domain/import-files", () => {
  it("loads no @mikro-orm module at run time, so the staff tool can read files without the ORM", () => {
    const out = execFileSync(process.execPath, ["--input-type=module", "--eval", probe], {
      encoding: "utf8",
    });
    const { loaded, ok, exports } = JSON.parse(out) as {
      loaded: string[];
      ok: boolean;
      exports: string[];
    };
    expect(ok).toBe(true);
    // The probe really watched the graph: the reader and its CSV parser were loaded.
    expect(loaded.some((url) => url.includes("import-csv-reader.ts"))).toBe(true);
    expect(loaded.some((url) => url.includes("csv-parse"))).toBe(true);
    expect(loaded.filter((url) => /mikro-orm|[/\\]pg[/\\]|pglite/.test(url))).toEqual([]);
    expect(exports).toEqual([
      "IMPORT_COLUMNS",
      "ImportFileError",
      "columnLabel",
      "openImportCsv",
      "resolveEncoding",
      "templateCsv",
    ]);
  });
});
