// `pnpm --filter @cws/server bootstrap-admin -- --user-id X --name Y --agency-code Z [--agency-name N] [--json]`
// (or `pnpm staff:bootstrap -- …` from the root): creates the FIRST staff admin directly in
// the configured database (DATABASE_URL, or the embedded default), migrating it first as the
// server does, and prints the TOTP enrolment: the otpauth URI and a QR code for the
// authenticator app. Refuses once any admin exists; every later account goes through the API.
// The password comes from CWS_BOOTSTRAP_PASSWORD, or is asked for without echo on a terminal.
// Exit codes: 0 created, 1 refused or failed, 2 usage.
import { bootstrapAdmin, systemClock, type LocalizedText } from "@cws/domain";
import { hostname, userInfo } from "node:os";
import { parseArgs } from "node:util";
import pino from "pino";
import QRCode from "qrcode";
import { loadConfigOrExit, openDatabase } from "./startup.ts";
import { DatabaseUnreachable } from "./wait-for-database.ts";

const USAGE = `使い方 / Usage:
  pnpm staff:bootstrap -- --user-id <ユーザーID> --name <氏名> --agency-code <代理店コード>
                          [--agency-name <代理店名>] [--json]

最初の管理者を作成し、認証アプリ登録用のQRコードを表示します。
Creates the first administrator and prints the QR code for the authenticator app.
パスワードは環境変数 CWS_BOOTSTRAP_PASSWORD、または端末での入力(表示されません)で渡します。
The password comes from CWS_BOOTSTRAP_PASSWORD, or is typed at the terminal (not echoed).`;

/** Japanese first, then English, one line each, on stderr. */
function say(message: LocalizedText): void {
  process.stderr.write(`${message.ja}\n${message.en}\n`);
}

function usage(problem?: LocalizedText): never {
  if (problem) say(problem);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

/** Reads a line from the terminal without echoing it (raw mode); Ctrl-C aborts. */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding("utf8");
  return new Promise((resolve) => {
    let typed = "";
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\u0003") {
          input.setRawMode(false);
          process.stderr.write("\n");
          process.exit(130);
        }
        if (char === "\r" || char === "\n" || char === "\u0004") {
          input.setRawMode(false);
          input.pause();
          input.off("data", onData);
          process.stderr.write("\n");
          resolve(typed);
          return;
        }
        if (char === "\u007f" || char === "\b") typed = [...typed].slice(0, -1).join("");
        else typed += char;
      }
    };
    input.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  // The one setting this command reads itself: a secret for one run, never a service setting.
  // eslint-disable-next-line no-restricted-properties
  const fromEnv = process.env.CWS_BOOTSTRAP_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY)
    usage({
      ja: "パスワードがありません。CWS_BOOTSTRAP_PASSWORD を設定するか、端末から実行してください。",
      en: "No password: set CWS_BOOTSTRAP_PASSWORD or run this from a terminal.",
    });
  const first = await promptHidden("パスワード / Password (12+): ");
  const again = await promptHidden("もう一度 / Again: ");
  if (first !== again) {
    say({ ja: "パスワードが一致しません。", en: "The passwords do not match." });
    process.exit(1);
  }
  return first;
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      "user-id": { type: "string" },
      name: { type: "string" },
      "agency-code": { type: "string" },
      "agency-name": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    // `pnpm … bootstrap-admin -- --user-id …` passes the separator on.
    args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--")),
    strict: true,
    allowPositionals: false,
  });
} catch (error) {
  usage({ ja: "引数が正しくありません。", en: `Invalid arguments: ${(error as Error).message}` });
}
const options = parsed.values;
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const userId = options["user-id"]?.trim();
const name = options.name?.trim();
const agencyCode = options["agency-code"]?.trim();
if (!userId || !name || !agencyCode)
  usage({
    ja: "--user-id、--name、--agency-code は必須です。",
    en: "--user-id, --name and --agency-code are required.",
  });

const password = await readPassword();
// `pnpm --filter @cws/server bootstrap-admin` runs in apps/server; a relative DATA_DIR or
// pglite: folder means the folder where the command was typed, as for `pnpm start`.
// eslint-disable-next-line no-restricted-properties
const invokedFrom = process.env.INIT_CWD;
if (invokedFrom) process.chdir(invokedFrom);
const config = loadConfigOrExit();
// Log lines go to stderr, so stdout carries only the answer (JSON with --json).
const log = pino({ name: "cws-bootstrap-admin", level: "warn" }, pino.destination(2));
let opened;
try {
  opened = await openDatabase(config, { log, migrate: config.migrateOnStart });
} catch (error) {
  if (!(error instanceof DatabaseUnreachable))
    log.error({ err: error }, "cannot open the database");
  say({ ja: "データベースに接続できません。", en: "The database cannot be reached." });
  process.exit(1);
}
const { orm } = opened;
let outcome;
try {
  outcome = await bootstrapAdmin(
    {
      em: orm.em.fork(),
      config,
      now: systemClock.now(),
      origin: {
        ip: "127.0.0.1",
        userAgent: `cws bootstrap-admin (${userInfo().username}@${hostname()})`.slice(0, 500),
      },
    },
    { userId, name, agencyCode, agencyName: options["agency-name"], password },
  );
} finally {
  await orm.close();
}

if (!outcome.ok) {
  say(outcome.message);
  if (outcome.code === "STAFF_INVALID_INPUT")
    for (const error of outcome.errors)
      process.stderr.write(`  ${error.field}: ${error.message.ja} / ${error.message.en}\n`);
  process.exit(1);
}

if (options.json) {
  const { otpauthUri, totpSecret } = outcome;
  process.stdout.write(`${JSON.stringify({ userId, otpauthUri, totpSecret })}\n`);
} else {
  const qr = await QRCode.toString(outcome.otpauthUri, { type: "terminal", small: true });
  process.stdout.write(
    [
      `管理者「${userId}」を作成しました。 / Created the administrator "${userId}".`,
      "認証アプリでQRコードを読み取ってください(表示は今回限りです)。",
      "Scan the QR code with the authenticator app (it is shown only this once).",
      "",
      qr,
      `otpauth URI: ${outcome.otpauthUri}`,
      `シークレット / Secret: ${outcome.totpSecret}`,
      "",
    ].join("\n"),
  );
}
process.exit(0);
