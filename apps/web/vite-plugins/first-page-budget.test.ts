import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { firstPageBudget, measureBundle, type EmittedFile } from "./first-page-budget.ts";

const gzip = (text: string) => gzipSync(text).byteLength;
// Distinct text per file so the sizes differ and a wrong sum shows.
const code = (name: string, repeat: number) =>
  Array.from({ length: repeat }, (_, i) => `export const ${name}${i} = ${i * 7919};`).join("\n");

const entry = code("entry", 50);
const vendor = code("vendor", 400);
const lazy = code("login", 300);
const css = ".a { color: red }\n".repeat(20);

const files: EmittedFile[] = [
  {
    type: "chunk",
    fileName: "assets/index.js",
    code: entry,
    isEntry: true,
    imports: ["assets/vendor.js"],
    viteMetadata: { importedCss: new Set(["assets/index.css"]) },
  },
  { type: "chunk", fileName: "assets/vendor.js", code: vendor, isEntry: false, imports: [] },
  {
    type: "chunk",
    fileName: "assets/login-page.js",
    code: lazy,
    isEntry: false,
    imports: ["assets/vendor.js"],
  },
  { type: "asset", fileName: "assets/index.css", source: css },
  { type: "asset", fileName: "index.html", source: "<!doctype html>" },
];

describe("measureBundle", () => {
  it("counts the entry and its static imports as the first page, not lazily loaded routes", () => {
    const report = measureBundle(files);
    expect(report.firstPageJsGzipBytes).toBe(gzip(entry) + gzip(vendor));
    expect(report.firstPageCssGzipBytes).toBe(gzip(css));
    expect(report.files.find((f) => f.fileName === "assets/login-page.js")).toEqual({
      fileName: "assets/login-page.js",
      gzipBytes: gzip(lazy),
      firstPage: false,
    });
  });

  it("lists only JS and CSS", () => {
    expect(measureBundle(files).files.map((f) => f.fileName)).not.toContain("index.html");
  });
});

describe("firstPageBudget", () => {
  type GenerateBundle = (
    this: { error(message: string): never },
    options: unknown,
    bundle: Record<string, EmittedFile>,
  ) => void;
  const bundle = Object.fromEntries(files.map((f) => [f.fileName, f]));
  const run = (maxJsGzipBytes: number) => () =>
    (firstPageBudget({ maxJsGzipBytes }).generateBundle as GenerateBundle).call(
      {
        error: (message) => {
          throw new Error(message);
        },
      },
      {},
      bundle,
    );

  it("fails the build when the first page's JS is over the budget", () => {
    expect(run(gzip(entry) + gzip(vendor) - 1)).toThrow(/over the budget/);
  });

  it("lets the build pass at the budget, whatever the lazy chunks weigh", () => {
    expect(run(gzip(entry) + gzip(vendor))).not.toThrow();
  });
});
