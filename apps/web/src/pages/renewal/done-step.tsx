import { formatCalendarDate } from "../../i18n/date-format.ts";
import { ProcedureDone } from "../../forms/procedure-done.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { useT } from "../../i18n/use-t.ts";
import { formatYen } from "../home/yen.ts";
import { RenewalCertificateLink } from "../renewal-certificate-link.tsx";
import type { Renewed } from "./renewal-types.ts";

/** 完了: the 受付番号, the new period and expiry date, the premium, and that a mail confirms it. */
export function DoneStep({ renewed }: { renewed: Renewed }) {
  const t = useT();
  const { language } = useLanguage();
  const { newPeriod, contract } = renewed;
  const date = (value: string) => formatCalendarDate(value, language);
  return (
    <ProcedureDone>
      <ReviewList
        items={[
          {
            label: t("renewal.fact.reference"),
            value: <strong className="renewal-reference">{renewed.reference}</strong>,
          },
          { label: t("renewal.fact.policyNumber"), value: contract.policyNumber },
          { label: t("renewal.fact.description"), value: contract.description },
          {
            label: t("renewal.fact.newPeriod"),
            value: t("contracts.periodRange", {
              start: date(newPeriod.startsOn),
              end: date(newPeriod.endsOn),
            }),
          },
          { label: t("renewal.fact.newExpiry"), value: date(newPeriod.endsOn) },
          {
            label: t("renewal.fact.grade"),
            value: t("renewal.fact.grade.single", { grade: String(newPeriod.nonFleetGrade) }),
          },
          {
            label: t("renewal.fact.premium"),
            value: <strong>{formatYen(newPeriod.premiumYen, language)}</strong>,
          },
        ]}
      />
      <p>{t("renewal.mailSent")}</p>
      <p>{t("renewal.referenceNote")}</p>
      <RenewalCertificateLink contractId={contract.id} />
    </ProcedureDone>
  );
}
