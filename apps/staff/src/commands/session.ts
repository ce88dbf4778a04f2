import { StaffLoginDocument, StaffLogoutDocument, StaffMeDocument } from "@cws/client/gql";
import type { Command } from "commander";
import { CliError } from "../cli-error.ts";
import { contextOf, problem } from "../context.ts";
import type { StaffEnv } from "../env.ts";
import { say } from "../i18n.ts";
import { MSG } from "../messages.ts";
import { printJson, printLine } from "../output.ts";
import { ask } from "../prompt.ts";
import { local } from "../format.ts";

export function addSessionCommands(program: Command, env: StaffEnv): void {
  program
    .command("login")
    .description(
      say({
        ja: "ログインする(ユーザーID、パスワード、確認コード)",
        en: "Log in (user ID, password, code)",
      }),
    )
    .option("--user-id <id>", say({ ja: "ユーザーID", en: "user ID" }))
    .option(
      "--totp <code>",
      say({ ja: "認証アプリの6桁のコード", en: "6-digit code from the app" }),
    )
    .addHelpText(
      "after",
      say({
        ja: "\nパスワードは環境変数 CWS_STAFF_PASSWORD、なければ入力を求めます。",
        en: "\nThe password comes from CWS_STAFF_PASSWORD, else it is asked for.",
      }),
    )
    .action(async (options: { userId?: string; totp?: string }, command: Command) => {
      const ctx = contextOf(command, env);
      const userId =
        options.userId ??
        (await ask(MSG.promptUserId, { ja: "ユーザーID(--user-id)", en: "user ID (--user-id)" }));
      const password =
        env.password ??
        (await ask(
          MSG.promptPassword,
          { ja: "パスワード(CWS_STAFF_PASSWORD)", en: "password (CWS_STAFF_PASSWORD)" },
          true,
        ));
      const totpCode =
        options.totp ??
        (await ask(MSG.promptTotp, { ja: "確認コード(--totp)", en: "code (--totp)" }));
      const api = ctx.anonymousApi();
      const { staffLogin: result } = await api.call((c) =>
        c.execute(StaffLoginDocument, { input: { userId, password, totpCode } }),
      );
      if (result.__typename !== "StaffSignedIn") return problem(result);
      await ctx.store.save({
        apiUrl: api.url,
        sessionToken: result.sessionToken,
        expiresAt: result.expiresAt,
        userId: result.staff.userId,
      });
      printLine(
        say(MSG.loggedIn, {
          name: result.staff.name,
          userId: result.staff.userId,
          agency: result.staff.agencyName,
          expiresAt: local(result.expiresAt),
        }),
      );
    });

  program
    .command("logout")
    .description(say({ ja: "ログアウトする", en: "Log out" }))
    .action(async (_options: unknown, command: Command) => {
      const ctx = contextOf(command, env);
      const saved = await ctx.store.load();
      if (saved) {
        try {
          const api = await ctx.api();
          await api.call((c) => c.execute(StaffLogoutDocument));
        } catch (error) {
          // An expired session is logged out already; the local token is removed either way.
          if (!(error instanceof CliError)) throw error;
        }
      }
      await ctx.store.clear();
      printLine(say(MSG.loggedOut));
    });

  program
    .command("whoami")
    .description(say({ ja: "ログイン中のスタッフを表示する", en: "Show who is logged in" }))
    .option("--json", say(MSG.optJson))
    .action(async (options: { json?: boolean }, command: Command) => {
      const api = await contextOf(command, env).api();
      const { staffMe } = await api.call((c) => c.execute(StaffMeDocument));
      if (!staffMe) throw new CliError(MSG.sessionExpired);
      if (options.json) return printJson(staffMe);
      printLine(
        say(MSG.whoami, {
          name: staffMe.name,
          userId: staffMe.userId,
          role: staffMe.role,
          agency: `${staffMe.agencyName} (${staffMe.agencyCode})`,
        }),
      );
    });
}
