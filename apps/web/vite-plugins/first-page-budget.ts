import { gzipSync } from "node:zlib";
import type { Logger, Plugin } from "vite";

/** The parts of an emitted chunk or asset the budget reads (structurally Rolldown's output types). */
export type EmittedFile =
  | {
      type: "chunk";
      fileName: string;
      code: string;
      isEntry: boolean;
      imports: readonly string[];
      viteMetadata?: { importedCss: ReadonlySet<string> } | undefined;
    }
  | { type: "asset"; fileName: string; source: string | Uint8Array };

export interface EmittedSize {
  fileName: string;
  gzipBytes: number;
  /** Loaded by the first page: the entry and what it imports statically, not lazy routes. */
  firstPage: boolean;
}

export interface BundleReport {
  files: EmittedSize[];
  firstPageJsGzipBytes: number;
  firstPageCssGzipBytes: number;
}

const measured = /\.(js|mjs|css)$/;

/** Gzip sizes of the emitted JS and CSS, and the totals the first page downloads. */
export function measureBundle(files: readonly EmittedFile[]): BundleReport {
  const byName = new Map(files.map((file) => [file.fileName, file]));
  const firstPage = new Set<string>();
  const visit = (fileName: string) => {
    const file = byName.get(fileName);
    if (!file || firstPage.has(fileName)) return;
    firstPage.add(fileName);
    if (file.type !== "chunk") return;
    // Only static imports: a dynamic import (React.lazy) is fetched when its route opens.
    file.imports.forEach(visit);
    file.viteMetadata?.importedCss.forEach(visit);
  };
  files
    .filter((file) => file.type === "chunk" && file.isEntry)
    .forEach((file) => visit(file.fileName));

  const sizes = files
    .filter((file) => measured.test(file.fileName))
    .map((file) => ({
      fileName: file.fileName,
      // zlib's default level, as servers typically compress, rather than the best case of level 9.
      gzipBytes: gzipSync(file.type === "chunk" ? file.code : file.source).byteLength,
      firstPage: firstPage.has(file.fileName),
    }))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
  const total = (kind: RegExp) =>
    sizes
      .filter((s) => s.firstPage && kind.test(s.fileName))
      .reduce((sum, s) => sum + s.gzipBytes, 0);
  return {
    files: sizes,
    firstPageJsGzipBytes: total(/\.m?js$/),
    firstPageCssGzipBytes: total(/\.css$/),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/**
 * Prints the gzip size of every emitted JS and CSS file and fails the build when the first
 * page's JS exceeds the budget, so a heavy import on the landing page is caught at build time.
 */
export function firstPageBudget({ maxJsGzipBytes }: { maxJsGzipBytes: number }): Plugin {
  let logger: Logger | undefined;
  return {
    name: "cws:first-page-budget",
    apply: "build",
    configResolved(config) {
      logger = config.logger;
    },
    generateBundle(_options, bundle) {
      const report = measureBundle(Object.values(bundle));
      const lines = report.files.map(
        (f) =>
          `  ${f.firstPage ? "first page" : "lazy      "}  ${kB(f.gzipBytes).padStart(10)}  ${f.fileName}`,
      );
      logger?.info(["\ngzip sizes:", ...lines].join("\n"));
      logger?.info(
        `first page: JS ${kB(report.firstPageJsGzipBytes)} gzip (budget ` +
          `${kB(maxJsGzipBytes)}), CSS ${kB(report.firstPageCssGzipBytes)} gzip`,
      );
      if (report.firstPageJsGzipBytes > maxJsGzipBytes) {
        this.error(
          `the first page loads ${kB(report.firstPageJsGzipBytes)} of JS (gzip), ` +
            `over the budget of ${kB(maxJsGzipBytes)}; lazy-load the heavy part`,
        );
      }
    },
  };
}
