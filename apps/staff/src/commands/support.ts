import {
  CustomerLookupDocument,
  IssueTemporaryPasswordDocument,
  ResendMailDocument,
  UnlockAccountDocument,
  type CustomerLookupKey,
  type CustomerLookupQuery,
} from "@cws/client/gql";
import { InvalidArgumentError, type Command } from "commander";
import { contextOf, problem } from "../context.ts";
import type { StaffEnv } from "../env.ts";
import { say } from "../i18n.ts";
import { MSG } from "../messages.ts";
import { local } from "../format.ts";
import { printJson, printLine, printRows } from "../output.ts";

const LOOKUP_KEYS: Record<string, CustomerLookupKey> = {
  "employee-number": "EMPLOYEE_NUMBER",
  kana: "KANA",
  email: "EMAIL",
  "policy-number": "POLICY_NUMBER",
};

function parseLookupKey(value: string): CustomerLookupKey {
  const key = LOOKUP_KEYS[value.toLowerCase()];
  if (!key) throw new InvalidArgumentError(say(MSG.badLookupKey, { value }));
  return key;
}

type Customer = CustomerLookupQuery["customerLookup"][number];

const ja = (ja: string, en: string) => say({ ja, en });

export function addSupportCommands(program: Command, env: StaffEnv): void {
  program
    .command("temp-password")
    .description(
      ja(
        "お客さまの仮パスワードを発行する(72時間・1回限り)",
        "Issue a customer's temporary password (72 h, single use)",
      ),
    )
    .argument("<accountId>", ja("アカウントID", "account ID"))
    .option("--json", say(MSG.optJson))
    .action(async (accountId: string, options: { json?: boolean }, command: Command) => {
      const api = await contextOf(command, env).api();
      const { issueTemporaryPassword: result } = await api.call((c) =>
        c.execute(IssueTemporaryPasswordDocument, { accountId }),
      );
      if (result.__typename !== "TemporaryPasswordIssued") return problem(result);
      if (options.json) return printJson(result);
      printLine(
        say(MSG.tempPassword, {
          password: result.temporaryPassword,
          expiresAt: local(result.expiresAt),
        }),
      );
    });

  program
    .command("unlock")
    .description(ja("お客さまのアカウントのロックを解除する", "Lift a customer account's lockout"))
    .argument("<accountId>", ja("アカウントID", "account ID"))
    .action(async (accountId: string, _options: unknown, command: Command) => {
      const api = await contextOf(command, env).api();
      const { unlockAccount: result } = await api.call((c) =>
        c.execute(UnlockAccountDocument, { accountId }),
      );
      if (result.__typename !== "AccountUnlocked") return problem(result);
      printLine(say(MSG.unlocked, { id: result.accountId }));
    });

  program
    .command("resend-mail")
    .description(ja("未送信・送信失敗のメールを再送する", "Send a pending or failed mail again"))
    .argument("<messageId>", ja("メールID(lookup で表示)", "mail ID (shown by lookup)"))
    .option("--json", say(MSG.optJson))
    .action(async (messageId: string, options: { json?: boolean }, command: Command) => {
      const api = await contextOf(command, env).api();
      const { resendMail: result } = await api.call((c) =>
        c.execute(ResendMailDocument, { messageId }),
      );
      if (result.__typename !== "MailResent") return problem(result);
      if (options.json) return printJson(result);
      printLine(say(MSG.resent, { id: result.messageId }));
      if (result.freshLink)
        printLine(say(MSG.resentFreshLink, { expiresAt: local(result.linkExpiresAt) }));
      if (result.keyword) printLine(say(MSG.resentKeyword, { keyword: result.keyword }));
    });

  program
    .command("lookup")
    .description(
      ja(
        "お客さまを探す(登録状況、ロック、最終ログイン、メール)",
        "Find customers (registration, lockout, last login, mails)",
      ),
    )
    .requiredOption("--by <key>", "employee-number | kana | email | policy-number", parseLookupKey)
    .argument("<value>", ja("探す値", "value to look for"))
    .option("--json", say(MSG.optJson))
    .action(
      async (
        value: string,
        options: { by: CustomerLookupKey; json?: boolean },
        command: Command,
      ) => {
        const api = await contextOf(command, env).api();
        const { customerLookup } = await api.call((c) =>
          c.execute(CustomerLookupDocument, { by: options.by, value }),
        );
        if (options.json) return printJson(customerLookup);
        if (customerLookup.length === 0) return printLine(say(MSG.nothingFound));
        printRows<Customer>(customerLookup, CUSTOMER_COLUMNS(), false);
        const mails = customerLookup.flatMap((c) =>
          c.mails.map((m) => ({ ...m, employeeNumber: c.employeeNumber })),
        );
        if (mails.length > 0) {
          printRows(
            mails,
            [
              { header: ja("メールID", "mail ID"), value: (m) => m.id },
              { header: ja("社員番号", "employee no."), value: (m) => m.employeeNumber },
              { header: ja("種類", "kind"), value: (m) => m.kind },
              { header: ja("状態", "status"), value: (m) => m.status },
              { header: ja("宛先", "to"), value: (m) => m.to },
              { header: ja("作成", "created"), value: (m) => local(m.createdAt) },
              { header: ja("エラー", "error"), value: (m) => m.lastError },
            ],
            false,
          );
        }
      },
    );
}

const CUSTOMER_COLUMNS = () => [
  { header: ja("団体", "group"), value: (c: Customer) => c.groupName },
  { header: ja("社員番号", "employee no."), value: (c: Customer) => c.employeeNumber },
  { header: ja("氏名", "name"), value: (c: Customer) => c.name },
  { header: ja("カナ", "kana"), value: (c: Customer) => c.kana },
  { header: ja("生年月日", "birth date"), value: (c: Customer) => c.birthDate },
  {
    header: ja("アカウントID", "account ID"),
    value: (c: Customer) => c.account?.accountId ?? ja("未登録", "not registered"),
  },
  { header: ja("ユーザーID", "user ID"), value: (c: Customer) => c.account?.userId },
  {
    header: ja("ロック", "locked"),
    value: (c: Customer) => (c.account ? (c.account.locked ? ja("ロック中", "locked") : "-") : ""),
  },
  {
    header: ja("最終ログイン", "last login"),
    value: (c: Customer) => local(c.account?.lastLoginAt),
  },
];
