import type { LocalizedText } from "../errors/localized-text.ts";

/* The wording of every import failure: file-level problems and the row checks of import only. */
export const IMPORT_MESSAGES = {
  IMPORT_UNKNOWN_ENCODING: {
    ja: "文字コード「{encoding}」には対応していません。UTF-8 または Shift_JIS を指定してください。",
    en: 'The encoding "{encoding}" is not supported. Use UTF-8 or Shift_JIS.',
  },
  IMPORT_UNDECODABLE: {
    ja: "ファイルを{encoding}として読み取れません(行 {row} 付近)。文字コードを確認してください。",
    en: "The file cannot be read as {encoding} (near row {row}). Check its encoding.",
  },
  IMPORT_MISSING_HEADER: {
    ja: "見出し行に必要な列がありません: {columns}",
    en: "The header row lacks required columns: {columns}",
  },
  IMPORT_EMPTY_FILE: { ja: "ファイルに見出し行がありません。", en: "The file has no header row." },
  IMPORT_MALFORMED_CSV: {
    ja: "CSVの形式が正しくありません(行 {row})。",
    en: "The CSV is malformed (row {row}).",
  },
  IMPORT_ALREADY_RUNNING: {
    ja: "同じ種類の取込がすでに進行中です。完了するか中止してから始めてください。",
    en: "An import of this kind is already in progress. Commit or abandon it first.",
  },
  IMPORT_NOT_FOUND: { ja: "該当する取込がありません。", en: "No such import." },
  IMPORT_NOT_STAGING: {
    ja: "この取込はすでに確定または中止されています。",
    en: "This import has already been committed or abandoned.",
  },
  IMPORT_HAS_ERRORS: {
    ja: "エラーのある行が{count}件あるため、取り込みませんでした。",
    en: "Nothing was loaded: {count} rows have errors.",
  },
  IMPORT_TOO_MANY_ROWS: {
    ja: "一度に送れる行は{max}行までです。",
    en: "Send at most {max} rows at a time.",
  },
  IMPORT_FORBIDDEN: {
    ja: "この操作を行う権限がありません。",
    en: "You are not allowed to do this.",
  },
  GROUP_UNKNOWN: {
    ja: "団体「{value}」は登録されていないか、担当外です。",
    en: 'The group "{value}" is not registered or is not handled by your agency.',
  },
  POLICYHOLDER_UNKNOWN: {
    ja: "この団体・社員番号の契約者が登録されていません。先に契約者を取り込んでください。",
    en: "No policyholder with this group and employee number. Import the policyholders first.",
  },
  DUPLICATE_KEY: { ja: "{first}行目と同じ{label}です。", en: "Same {label} as row {first}." },
  PRODUCT_INVALID: {
    ja: "商品は GROUP_AUTO(団体自動車)または GROUP_PERSONAL_ACCIDENT(団体傷害)で入力してください。",
    en: "The product must be GROUP_AUTO or GROUP_PERSONAL_ACCIDENT.",
  },
  DATE_INVALID: {
    ja: "{label}を日付(YYYY-MM-DD)で入力してください。",
    en: "Enter the {label} as a date (YYYY-MM-DD).",
  },
  NUMBER_OUT_OF_RANGE: {
    ja: "{label}は{min}～{max}の整数で入力してください。",
    en: "Enter the {label} as a whole number from {min} to {max}.",
  },
  POLICY_NUMBER_INVALID: {
    ja: "契約番号は10桁の数字で入力してください。",
    en: "The policy number must be 10 digits.",
  },
  PERIOD_INVALID: {
    ja: "満期日は保険期間開始日より後にしてください。",
    en: "The period must end after it starts.",
  },
  REQUIRED: { ja: "{label}を入力してください。", en: "Please enter the {label}." },
  TOO_LONG: {
    ja: "{label}は{max}文字以内で入力してください。",
    en: "Enter the {label} in {max} characters or fewer.",
  },
} as const satisfies Record<string, LocalizedText>;

export type ImportMessageCode = keyof typeof IMPORT_MESSAGES;

/** The message for a code in both languages, placeholders filled (a LocalizedText param per language). */
export function importMessage(
  code: ImportMessageCode,
  params: Record<string, string | number | LocalizedText> = {},
): LocalizedText {
  const fill = (template: string, lang: keyof LocalizedText) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : typeof value === "object" ? value[lang] : String(value);
    });
  const template = IMPORT_MESSAGES[code];
  return { ja: fill(template.ja, "ja"), en: fill(template.en, "en") };
}

/** A typed import failure: the code, its wording, and what it is about. */
export type ImportFailure<C extends ImportMessageCode = ImportMessageCode> = {
  ok: false;
  code: C;
  message: LocalizedText;
  data?: Record<string, unknown>;
};

export function importFailure<C extends ImportMessageCode>(
  code: C,
  params: Record<string, string | number> = {},
): ImportFailure<C> {
  return { ok: false, code, message: importMessage(code, params), data: params };
}
