import type { ContractFieldsFragment } from "@cws/client/gql";
import { formatCalendarDate } from "../../i18n/date-format.ts";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { useT } from "../../i18n/use-t.ts";

type Period = NonNullable<ContractFieldsFragment["currentPeriod"]>;

/**
 * The dates of a contract as the list words them. 満期日 and 契約期間 are the period in force
 * (so the two never contradict each other); a completed renewal adds the next period and its
 * expiry, each labelled as such.
 */
export function useContractDates() {
  const t = useT();
  const { language } = useLanguage();
  const date = (value: string | null | undefined) =>
    value ? formatCalendarDate(value, language) : "—";
  const range = (period: Period | null) =>
    period
      ? t("contracts.periodRange", { start: date(period.startsOn), end: date(period.endsOn) })
      : "—";
  return {
    date,
    range,
    /** 満期日 of the period in force; a contract read without periods falls back to the latest expiry. */
    expiry: (contract: ContractFieldsFragment) =>
      date(contract.currentPeriod?.endsOn ?? contract.expiresOn),
  };
}
