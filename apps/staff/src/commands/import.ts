import { writeFile } from "node:fs/promises";
import { templateCsv, type ImportKind } from "@cws/domain/import-files";
import { InvalidArgumentError, type Command } from "commander";
import iconv from "iconv-lite";
import { connectSaved } from "../api.ts";
import { CliError } from "../cli-error.ts";
import { contextOf } from "../context.ts";
import type { StaffEnv } from "../env.ts";
import { chooseLang, fill, say } from "../i18n.ts";
import { runImport } from "../import-run.ts";
import { MSG } from "../messages.ts";
import { printLine } from "../output.ts";

const KINDS: Record<string, ImportKind> = {
  policyholders: "POLICYHOLDERS",
  contracts: "CONTRACTS",
};

export function parseKind(value: string): ImportKind {
  const kind = KINDS[value.toLowerCase()];
  if (!kind) throw new InvalidArgumentError(say(MSG.badKind, { value }));
  return kind;
}

export function addImportCommands(program: Command, env: StaffEnv): void {
  program
    .command("import")
    .description(
      say({ ja: "契約者または契約のCSVを取り込む", en: "Load a policyholders or contracts CSV" }),
    )
    .argument("<kind>", "policyholders | contracts", parseKind)
    .argument("<file>", say({ ja: "CSVファイル", en: "CSV file" }))
    .option(
      "--dry-run",
      say({ ja: "確認のみ(何も書き込まない)", en: "Validate only, write nothing" }),
    )
    .option("--encoding <name>", "utf-8 | shift_jis")
    .action(
      async (
        kind: ImportKind,
        file: string,
        options: { dryRun?: boolean; encoding?: string },
        command: Command,
      ) => {
        const ctx = contextOf(command, env);
        const controller = new AbortController();
        const onSigint = () => controller.abort();
        process.on("SIGINT", onSigint);
        try {
          const result = await runImport(
            { kind, file, dryRun: options.dryRun === true, encoding: options.encoding },
            async () => ({
              api: await ctx.api(controller.signal),
              cleanupApi: await connectSaved(ctx.store, ctx.apiOverride),
            }),
            controller.signal,
          );
          const counts = {
            inserted: result.inserted,
            updated: result.updated,
            unchanged: result.unchanged,
          };
          printLine(say(result.dryRun ? MSG.importDryRunOk : MSG.importDone, counts));
          const changes = result.identityChangesNotApplied;
          if (changes.length > 0) {
            printLine(say(MSG.identityChanges, { count: changes.length }));
            for (const change of changes) {
              printLine(
                say(MSG.identityChangeLine, {
                  row: change.rowNumber,
                  group: change.groupName,
                  employee: change.employeeNumber,
                  fields: change.fields.join(", "),
                }),
              );
            }
          }
        } finally {
          process.off("SIGINT", onSigint);
        }
      },
    );

  program
    .command("template")
    .description(
      say({
        ja: "取込用の空のCSV(見出し行のみ)を書き出す",
        en: "Write an empty import CSV (header row only)",
      }),
    )
    .argument("<kind>", "policyholders | contracts", parseKind)
    .option(
      "--out <file>",
      say({ ja: "書き出し先(省略時は標準出力)", en: "output file (default: stdout)" }),
    )
    .option("--excel", say(MSG.optExcel))
    .action(
      async (kind: ImportKind, options: { out?: string; excel?: boolean }, command: Command) => {
        // The headers' language follows --lang (or LANG), as the rest of the tool does.
        const globals = command.optsWithGlobals<{ lang?: string }>();
        const text = templateCsv(kind, chooseLang(globals.lang, env.locale));
        const bytes = options.excel
          ? iconv.encode(text, "cp932")
          : Buffer.from(`\uFEFF${text}`, "utf8");
        if (!options.out) {
          process.stdout.write(options.excel ? bytes : text);
          return;
        }
        try {
          await writeFile(options.out, bytes);
        } catch (error) {
          throw new CliError(
            fill(MSG.fileUnwritable, { file: options.out, reason: (error as Error).message }),
          );
        }
        printLine(say(MSG.templateWritten, { file: options.out }));
      },
    );
}
