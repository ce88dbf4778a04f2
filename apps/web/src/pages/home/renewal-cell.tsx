import type { ContractFieldsFragment } from "@cws/client/gql";
import { Link } from "react-router";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { useT } from "../../i18n/use-t.ts";
import { renewalReasonText } from "./renewal-reason.ts";

/**
 * The 継続手続 button when the contract can be renewed online now, otherwise why not; after
 * an online renewal, its 受付番号.
 */
export function RenewalCell({ contract }: { contract: ContractFieldsFragment }) {
  const t = useT();
  const { language } = useLanguage();
  const { renewal, nextPeriod } = contract;
  if (renewal.renewable) {
    return (
      // A link, since it opens the renewal screen; the name carries the policy number so each
      // row's button is told apart.
      <Link
        to={`/renew/${encodeURIComponent(contract.id)}`}
        className="button button--primary"
        aria-label={t("contracts.renewFor", { policyNumber: contract.policyNumber })}
      >
        {t("contracts.renew")}
      </Link>
    );
  }
  const reference = renewal.reason === "ALREADY_RENEWED" ? nextPeriod?.renewalReference : null;
  return (
    <div className="home-reason">
      <p>{renewalReasonText(renewal, t, language)}</p>
      {reference && (
        <p className="home-reason__reference">
          {t("contracts.reference")}: <span className="home-nowrap">{reference}</span>
        </p>
      )}
    </div>
  );
}
