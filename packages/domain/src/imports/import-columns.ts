import type { LocalizedText } from "../errors/localized-text.ts";
import type { ImportKind } from "./import-run.entity.ts";

/** One column of an import file: the field it fills and its header in each language. */
export interface ImportColumn {
  field: string;
  header: LocalizedText;
  /** A column that must be present in the header row (its cells may still be empty when optional). */
  required: boolean;
}

const column = (field: string, ja: string, en: string, required = true): ImportColumn => ({
  field,
  header: { ja, en },
  required,
});

/**
 * The columns of each kind of file, in template order. Headers match after NFKC and with
 * spaces removed and case ignored, so 「社員番号 」 and "Employee_Number" both work.
 */
export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly ImportColumn[]>> = {
  POLICYHOLDERS: [
    column("groupName", "団体名", "group"),
    column("employeeNumber", "社員番号", "employee_number"),
    column("familyName", "氏名(姓)", "family_name"),
    column("givenName", "氏名(名)", "given_name"),
    column("familyNameKana", "カナ(セイ)", "family_name_kana"),
    column("givenNameKana", "カナ(メイ)", "given_name_kana"),
    column("birthDate", "生年月日", "birth_date"),
    column("emailOnFile", "メールアドレス", "email", false),
  ],
  CONTRACTS: [
    column("policyNumber", "契約番号", "policy_number"),
    column("groupName", "団体名", "group"),
    column("employeeNumber", "社員番号", "employee_number"),
    column("product", "商品", "product"),
    column("description", "契約内容", "description"),
    column("concludedOn", "締結日", "concluded_on"),
    column("periodStartsOn", "保険期間開始日", "period_start"),
    column("periodEndsOn", "満期日", "period_end"),
    column("nonFleetGrade", "ノンフリート等級", "non_fleet_grade"),
    column("claimsThisPeriod", "事故件数", "claims_in_period"),
    column("basePremiumYen", "基本保険料", "base_premium_yen"),
    column("groupDiscountPercent", "団体割引率", "group_discount_percent"),
  ],
};

/** The form headers are compared in. */
export function headerKey(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/[\s\uFEFF]/g, "")
    .toLowerCase();
}

/** The column of a kind for a header as written in a file (Japanese or English), if any. */
export function columnForHeader(kind: ImportKind, header: string): ImportColumn | undefined {
  const key = headerKey(header);
  return IMPORT_COLUMNS[kind].find(
    (c) => headerKey(c.header.ja) === key || headerKey(c.header.en) === key,
  );
}

/** The header of a field in the reader's language, for error reports. */
export function columnLabel(kind: ImportKind, field: string): LocalizedText {
  return IMPORT_COLUMNS[kind].find((c) => c.field === field)?.header ?? { ja: field, en: field };
}

/** An empty import file: the header row only, CRLF-terminated as spreadsheets write it. */
export function templateCsv(kind: ImportKind, language: keyof LocalizedText): string {
  return `${IMPORT_COLUMNS[kind].map((c) => c.header[language]).join(",")}\r\n`;
}
