import type { ContractFieldsFragment } from "@cws/client/gql";
import type { Language } from "../../i18n/messages.ts";
import type { Translate } from "../../i18n/use-t.ts";
import { formatCalendarDate } from "../../i18n/date-format.ts";

type Renewal = ContractFieldsFragment["renewal"];

/**
 * Why a contract cannot be renewed online. The server's own message comes first (it quotes
 * the window dates); the catalogue's wording is only for an answer that lacks one.
 */
export function renewalReasonText(renewal: Renewal, t: Translate, language: Language): string {
  if (renewal.message) return renewal.message[language];
  switch (renewal.reason) {
    case "TOO_EARLY":
      return renewal.opensOn
        ? t("contracts.reason.TOO_EARLY_ON", {
            date: formatCalendarDate(renewal.opensOn, language),
          })
        : t("contracts.reason.TOO_EARLY");
    case "EXPIRED":
      return t("contracts.reason.EXPIRED");
    case "ALREADY_RENEWED":
      return t("contracts.reason.ALREADY_RENEWED");
    default:
      return t("contracts.reason.NOT_ONLINE_RENEWABLE");
  }
}
