import {
  CreateStaffDocument,
  DisableStaffDocument,
  StaffMembersDocument,
  type StaffRole,
} from "@cws/client/gql";
import { InvalidArgumentError, type Command } from "commander";
import qrcode from "qrcode-terminal";
import { contextOf, problem } from "../context.ts";
import type { StaffEnv } from "../env.ts";
import { say } from "../i18n.ts";
import { MSG } from "../messages.ts";
import { printJson, printLine, printRows } from "../output.ts";
import { ask } from "../prompt.ts";

const ja = (ja: string, en: string) => say({ ja, en });

function parseRole(value: string): StaffRole {
  const role = value.toUpperCase();
  if (role !== "AGENT" && role !== "ADMIN")
    throw new InvalidArgumentError(say(MSG.badRole, { value }));
  return role;
}

/** The otpauth URI as a QR code for the terminal (small: two rows per character). */
function qrText(uri: string): Promise<string> {
  return new Promise((resolve) => qrcode.generate(uri, { small: true }, resolve));
}

export function addStaffCommands(program: Command, env: StaffEnv): void {
  const staff = program
    .command("staff")
    .description(ja("スタッフアカウントの管理(管理者のみ)", "Manage staff accounts (admin only)"));

  staff
    .command("create")
    .description(
      ja(
        "スタッフを作成し、認証アプリ用のQRコードを表示する",
        "Create a staff member and show the authenticator QR code",
      ),
    )
    .requiredOption("--user-id <id>", ja("ユーザーID", "user ID"))
    .requiredOption("--name <name>", ja("氏名", "name"))
    .requiredOption("--role <role>", "AGENT | ADMIN", parseRole)
    .requiredOption("--agency <code>", ja("代理店コード", "agency code"))
    .option("--json", say(MSG.optJson))
    .addHelpText(
      "after",
      ja(
        "\nパスワードは環境変数 CWS_STAFF_NEW_PASSWORD、なければ入力を求めます。",
        "\nThe password comes from CWS_STAFF_NEW_PASSWORD, else it is asked for.",
      ),
    )
    .action(
      async (
        options: { userId: string; name: string; role: StaffRole; agency: string; json?: boolean },
        command: Command,
      ) => {
        const api = await contextOf(command, env).api();
        const password =
          env.newStaffPassword ??
          (await ask(
            MSG.promptNewPassword,
            { ja: "パスワード(CWS_STAFF_NEW_PASSWORD)", en: "password (CWS_STAFF_NEW_PASSWORD)" },
            true,
          ));
        const { createStaff: result } = await api.call((c) =>
          c.execute(CreateStaffDocument, {
            input: {
              userId: options.userId,
              name: options.name,
              role: options.role,
              agencyCode: options.agency,
              password,
            },
          }),
        );
        if (result.__typename !== "StaffCreated") return problem(result);
        if (options.json) return printJson(result);
        printLine(
          say(MSG.staffCreated, {
            userId: result.staff.userId,
            name: result.staff.name,
            role: result.staff.role,
            agency: result.staff.agencyName,
          }),
        );
        printLine(result.otpauthUri);
        printLine(await qrText(result.otpauthUri));
      },
    );

  staff
    .command("disable")
    .description(ja("スタッフを無効にする", "Disable a staff member"))
    .argument("<userId>", ja("ユーザーID", "user ID"))
    .action(async (userId: string, _options: unknown, command: Command) => {
      const api = await contextOf(command, env).api();
      const { disableStaff: result } = await api.call((c) =>
        c.execute(DisableStaffDocument, { userId }),
      );
      if (result.__typename !== "StaffDisabled") return problem(result);
      printLine(say(MSG.staffDisabled, { userId: result.userId }));
    });

  staff
    .command("list")
    .description(ja("スタッフの一覧", "List staff members"))
    .option("--json", say(MSG.optJson))
    .action(async (options: { json?: boolean }, command: Command) => {
      const api = await contextOf(command, env).api();
      const { staffMembers } = await api.call((c) => c.execute(StaffMembersDocument));
      printRows(
        staffMembers,
        [
          { header: ja("ユーザーID", "user ID"), value: (s) => s.userId },
          { header: ja("氏名", "name"), value: (s) => s.name },
          { header: ja("役割", "role"), value: (s) => s.role },
          { header: ja("代理店", "agency"), value: (s) => `${s.agencyName} (${s.agencyCode})` },
        ],
        options.json ? staffMembers : false,
      );
    });
}
