import {
  AuditTrailDocument,
  RenewalsDueDocument,
  type AuditTrailQuery,
  type RenewalsDueQuery,
} from "@cws/client/gql";
import { InvalidArgumentError, type Command } from "commander";
import { contextOf } from "../context.ts";
import type { StaffEnv } from "../env.ts";
import { say } from "../i18n.ts";
import { MSG } from "../messages.ts";
import type { Column } from "../output.ts";
import { pagedOutput, type PagedOutput } from "../paged-export.ts";
import { local } from "../format.ts";

const ja = (ja: string, en: string) => say({ ja, en });

export function positiveInt(option: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100_000)
      throw new InvalidArgumentError(say(MSG.badNumber, { option, value }));
    return Number(value);
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date (whole day in Japan time: its start for --from, its end for --to) or an ISO time, as UTC ISO. */
export function instant(option: "--from" | "--to") {
  return (value: string): string => {
    const text = DATE.test(value)
      ? `${value}T${option === "--from" ? "00:00:00.000" : "23:59:59.999"}+09:00`
      : value;
    const time = new Date(text);
    if (Number.isNaN(time.getTime()) || !(DATE.test(value) || /^\d{4}-\d{2}-\d{2}T/.test(value)))
      throw new InvalidArgumentError(say(MSG.badDate, { option, value }));
    return time.toISOString();
  };
}

type Renewal = RenewalsDueQuery["renewalsDue"]["items"][number];
type Audit = AuditTrailQuery["auditTrail"]["items"][number];

export function addReportCommands(program: Command, env: StaffEnv): void {
  program
    .command("renewals-due")
    .description(
      ja(
        "更新の受付期間中または間もなく始まる契約(未更新)",
        "Contracts whose renewal window is open or opens soon",
      ),
    )
    .option(
      "--days <n>",
      ja("何日以内に受付が始まるものまで", "window opens within N days"),
      positiveInt("--days"),
    )
    .option("--group <name>", ja("団体名で絞り込む", "only this group"))
    .option("--csv <file>", ja("CSVに書き出す", "write a CSV file"))
    .option("--excel", say(MSG.optExcel))
    .option("--json", say(MSG.optJson))
    .action(async (options: { days?: number; group?: string } & PagedOutput, command: Command) => {
      const api = await contextOf(command, env).api();
      const columns: Column<Renewal>[] = [
        { header: ja("契約番号", "policy number"), value: (r) => r.policyNumber },
        { header: ja("団体", "group"), value: (r) => r.policyholder.groupName },
        { header: ja("社員番号", "employee no."), value: (r) => r.policyholder.employeeNumber },
        { header: ja("氏名", "name"), value: (r) => r.policyholder.name },
        { header: ja("商品", "product"), value: (r) => r.product },
        { header: ja("満期日", "period end"), value: (r) => r.periodEnd },
        { header: ja("受付開始", "window opens"), value: (r) => r.windowOpensOn },
        { header: ja("受付終了", "window closes"), value: (r) => r.windowClosesOn },
        { header: ja("受付中", "open"), value: (r) => r.windowOpen },
        { header: ja("Web登録", "registered"), value: (r) => r.registered },
        { header: ja("Web更新可", "online"), value: (r) => r.onlineRenewable },
      ];
      await pagedOutput(
        async (after, limit) =>
          (
            await api.call((c) =>
              c.execute(RenewalsDueDocument, {
                withinDays: options.days ?? null,
                groupName: options.group ?? null,
                after,
                limit,
              }),
            )
          ).renewalsDue,
        columns,
        options,
      );
    });

  program
    .command("audit")
    .description(ja("監査ログを読む", "Read the audit trail"))
    .option("--account <id>", ja("お客さまのアカウントID", "customer account ID"))
    .option("--staff <userId>", ja("スタッフのユーザーID", "staff user ID"))
    .option("--type <type>", ja("イベントの種類", "event type"))
    .option("--from <date>", "YYYY-MM-DD | ISO 8601", instant("--from"))
    .option("--to <date>", "YYYY-MM-DD | ISO 8601", instant("--to"))
    .option("--csv <file>", ja("CSVに書き出す", "write a CSV file"))
    .option("--excel", say(MSG.optExcel))
    .option("--json", say(MSG.optJson))
    .action(
      async (
        options: {
          account?: string;
          staff?: string;
          type?: string;
          from?: string;
          to?: string;
        } & PagedOutput,
        command: Command,
      ) => {
        const api = await contextOf(command, env).api();
        const columns: Column<Audit>[] = [
          { header: ja("日時", "time"), value: (a) => (options.csv ? a.at : local(a.at)) },
          { header: ja("種類", "type"), value: (a) => a.type },
          { header: ja("スタッフ", "staff"), value: (a) => a.staffUserId },
          { header: ja("アカウントID", "account ID"), value: (a) => a.accountId },
          { header: ja("契約者ID", "policyholder ID"), value: (a) => a.policyholderId },
          { header: ja("IPアドレス", "IP address"), value: (a) => a.clientIp },
          {
            header: ja("詳細", "detail"),
            value: (a) => (a.detail == null ? "" : JSON.stringify(a.detail)),
          },
        ];
        await pagedOutput(
          async (after, limit) =>
            (
              await api.call((c) =>
                c.execute(AuditTrailDocument, {
                  accountId: options.account ?? null,
                  staffUserId: options.staff ?? null,
                  type: options.type ?? null,
                  from: options.from ?? null,
                  to: options.to ?? null,
                  after,
                  limit,
                }),
              )
            ).auditTrail,
          columns,
          options,
        );
      },
    );
}
