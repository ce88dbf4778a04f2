import type { Language } from "../../i18n/messages.ts";

/** An amount of yen: "98,000円" in Japanese, "¥98,000" in English. */
export function formatYen(amount: number, language: Language): string {
  return language === "ja"
    ? `${amount.toLocaleString("ja-JP")}円`
    : `¥${amount.toLocaleString("en-US")}`;
}
