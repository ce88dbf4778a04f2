import { formatCalendarDate } from "../../i18n/date-format.ts";
import { ReviewList } from "../../forms/review-list.tsx";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { useT } from "../../i18n/use-t.ts";
import { formatYen } from "../home/yen.ts";
import type { QuoteView } from "./renewal-types.ts";

/** The facts of a quote, shown the same on the quote and the confirmation screens. */
export function QuoteFacts({ view }: { view: QuoteView }) {
  const t = useT();
  const { language } = useLanguage();
  const { quote, contract } = view;
  const date = (value: string) => formatCalendarDate(value, language);
  return (
    <ReviewList
      items={[
        { label: t("renewal.fact.policyNumber"), value: quote.policyNumber },
        ...(contract
          ? [{ label: t("renewal.fact.description"), value: contract.description }]
          : []),
        {
          label: t("renewal.fact.newPeriod"),
          value: t("contracts.periodRange", {
            start: date(quote.startsOn),
            end: date(quote.endsOn),
          }),
        },
        {
          label: t("renewal.fact.grade"),
          value: t("renewal.fact.gradeChange", {
            current: String(quote.currentGrade),
            next: String(quote.nextGrade),
          }),
        },
        {
          label: t("renewal.fact.groupDiscount"),
          value: t("renewal.fact.percent", { percent: String(quote.groupDiscountPercent) }),
        },
        {
          label: t("renewal.fact.premium"),
          value: <strong>{formatYen(quote.premiumYen, language)}</strong>,
        },
      ]}
    />
  );
}
