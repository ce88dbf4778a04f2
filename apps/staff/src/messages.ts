import type { Localized } from "./i18n.ts";

const m = (ja: string, en: string): Localized => ({ ja, en });

/** Every message of the tool in both languages. */
export const MSG = {
  description: m(
    "お客さまWebサービス 代理店スタッフ用ツール",
    "Staff tool of the customer web service (agency side)",
  ),
  notLoggedIn: m(
    "ログインしていません。cws-staff login でログインしてください。",
    "You are not logged in. Run cws-staff login.",
  ),
  sessionExpired: m(
    "セッションの有効期限が切れました。もう一度ログインしてください(cws-staff login)。",
    "Your session has expired. Please log in again (cws-staff login).",
  ),
  forbidden: m("この操作を行う権限がありません。", "You are not allowed to do this."),
  unreachable: m(
    "サーバー({url})に接続できません: {reason}",
    "Cannot reach the server ({url}): {reason}",
  ),
  serverError: m(
    "サーバーがエラーを返しました: {message}",
    "The server answered with an error: {message}",
  ),
  promptUserId: m("ユーザーID: ", "User ID: "),
  promptPassword: m("パスワード: ", "Password: "),
  promptTotp: m("確認コード(認証アプリの6桁): ", "Verification code (6 digits from the app): "),
  promptNewPassword: m("新しいスタッフのパスワード: ", "Password of the new staff member: "),
  noTty: m(
    "入力できる端末がありません。{what}を引数または環境変数で渡してください。",
    "No terminal to ask on. Pass the {what} as an option or environment variable.",
  ),
  loggedIn: m(
    "{name}さん({userId}、{agency})としてログインしました。有効期限: {expiresAt}",
    "Logged in as {name} ({userId}, {agency}). Session expires at {expiresAt}.",
  ),
  loggedOut: m("ログアウトしました。", "Logged out."),
  whoami: m(
    "{name}({userId}) 役割: {role} 代理店: {agency}",
    "{name} ({userId}) role: {role} agency: {agency}",
  ),
  badKind: m(
    "種類は policyholders または contracts で指定してください: {value}",
    "The kind must be policyholders or contracts: {value}",
  ),
  badNumber: m(
    "{option} には正の整数を指定してください: {value}",
    "{option} takes a positive whole number: {value}",
  ),
  badDate: m(
    "{option} には日付(YYYY-MM-DD)または日時(ISO 8601)を指定してください: {value}",
    "{option} takes a date (YYYY-MM-DD) or an ISO 8601 time: {value}",
  ),
  badLookupKey: m(
    "--by は employee-number、kana、email、policy-number のいずれかです: {value}",
    "--by is one of employee-number, kana, email, policy-number: {value}",
  ),
  badRole: m("--role は AGENT または ADMIN です: {value}", "--role is AGENT or ADMIN: {value}"),
  fileUnreadable: m(
    "ファイル {file} を読めません: {reason}",
    "Cannot read the file {file}: {reason}",
  ),
  fileUnwritable: m(
    "ファイル {file} を書けません: {reason}",
    "Cannot write the file {file}: {reason}",
  ),
  importReading: m(
    "{file} を読み込んでいます(文字コード: {encoding})",
    "Reading {file} (encoding: {encoding})",
  ),
  importHasErrors: m(
    "エラーのある行が{count}件あったため、何も取り込みませんでした。エラー一覧: {report}",
    "Nothing was loaded: {count} problems found. Error report: {report}",
  ),
  importDryRunOk: m(
    "確認のみ(--dry-run): エラーはありません。取り込むと 追加 {inserted}件、更新 {updated}件、" +
      "変更なし {unchanged}件 です。何も書き込んでいません。",
    "Dry run: no errors. Loading would insert {inserted}, update {updated}, " +
      "leave {unchanged} unchanged. Nothing was written.",
  ),
  importDone: m(
    "取り込みました: 追加 {inserted}件、更新 {updated}件、変更なし {unchanged}件",
    "Loaded: {inserted} inserted, {updated} updated, {unchanged} unchanged",
  ),
  identityChanges: m(
    "登録済みのお客さまの氏名・生年月日の変更は反映していません({count}件、ご本人確認のうえ個別に対応してください):",
    "Name or birth date changes of registered customers were not applied ({count}; check with the customer):",
  ),
  identityChangeLine: m(
    "  {row}行目 {group} 社員番号 {employee}: {fields}",
    "  row {row} {group} employee {employee}: {fields}",
  ),
  importInterrupted: m(
    "中断しました。取込を中止し、何も取り込んでいません。",
    "Interrupted. The import was abandoned; nothing was loaded.",
  ),
  templateWritten: m("テンプレートを書き出しました: {file}", "Template written: {file}"),
  csvWritten: m("{count}件を {file} に書き出しました。", "Wrote {count} rows to {file}."),
  tempPassword: m(
    "仮パスワード: {password}\n有効期限: {expiresAt}(1回限り。この画面でのみ表示されます)",
    "Temporary password: {password}\nExpires: {expiresAt} (single use; shown only now)",
  ),
  unlocked: m("アカウント {id} のロックを解除しました。", "Account {id} is unlocked."),
  resent: m("メール {id} を再送しました。", "Mail {id} was sent again."),
  resentFreshLink: m(
    "新しいリンクを発行しました(以前のリンクは無効です)。有効期限: {expiresAt}",
    "A fresh link was issued (the old one no longer works). Expires: {expiresAt}",
  ),
  resentKeyword: m("キーワード: {keyword}", "Keyword: {keyword}"),
  nothingFound: m("該当するものはありません。", "Nothing found."),
  staffCreated: m(
    "スタッフ {userId}({name}、{role}、{agency})を作成しました。認証アプリに次を登録してください:",
    "Created staff member {userId} ({name}, {role}, {agency}). Enrol this in an authenticator app:",
  ),
  staffDisabled: m("スタッフ {userId} を無効にしました。", "Staff member {userId} is disabled."),
  aborted: m("中断しました。", "Interrupted."),
  unexpected: m("予期しないエラー: {message}", "Unexpected error: {message}"),
  optApi: m(
    "APIのURL(既定: 環境変数 CWS_API_URL または {url})",
    "API URL (default: CWS_API_URL or {url})",
  ),
  optLang: m("表示言語 ja または en(既定: LANG)", "Language ja or en (default: from LANG)"),
  optJson: m("結果をJSONで出力する", "Print the result as JSON"),
  optExcel: m("CSVを Shift_JIS(Excel向け)で書く", "Write the CSV in Shift_JIS (for Excel)"),
} as const;
