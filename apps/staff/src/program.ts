import { Command, CommanderError, Option } from "commander";
import { CliError } from "./cli-error.ts";
import { addImportCommands } from "./commands/import.ts";
import { addReportCommands } from "./commands/reports.ts";
import { addSessionCommands } from "./commands/session.ts";
import { addStaffCommands } from "./commands/staff-admin.ts";
import { addSupportCommands } from "./commands/support.ts";
import { DEFAULT_API_URL, readEnv, type StaffEnv } from "./env.ts";
import { chooseLang, say, setLang } from "./i18n.ts";
import { MSG } from "./messages.ts";

/** Exit codes: 0 done, 1 failed (a message says why), 2 wrong usage. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** --lang before commander runs, so help and usage errors are in that language too. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--lang") return argv[i + 1];
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
  }
  return undefined;
}

export function buildProgram(env: StaffEnv): Command {
  const program = new Command("cws-staff")
    .description(say(MSG.description))
    .exitOverride()
    .showHelpAfterError(
      say({
        ja: "(cws-staff --help で使い方を表示します)",
        en: "(cws-staff --help shows the usage)",
      }),
    )
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
    })
    .addOption(new Option("--api <url>", say(MSG.optApi, { url: DEFAULT_API_URL })))
    .addOption(new Option("--lang <lang>", say(MSG.optLang)).choices(["ja", "en"]));
  addSessionCommands(program, env);
  addImportCommands(program, env);
  addSupportCommands(program, env);
  addReportCommands(program, env);
  addStaffCommands(program, env);
  return program;
}

/** Runs the tool on `argv` (as process.argv: node, script, args…) and answers the exit code. */
export async function run(argv: readonly string[], env: StaffEnv = readEnv()): Promise<number> {
  setLang(chooseLang(langFlag(argv), env.locale));
  const program = buildProgram(env);
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version"
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof CliError) {
      process.stderr.write(`${say(error.text)}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `${say(MSG.unexpected, { message: (error as Error)?.message ?? String(error) })}\n`,
    );
    return EXIT.failure;
  }
}
