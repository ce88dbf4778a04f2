import type { ContractFieldsFragment } from "@cws/client/gql";
import { useId } from "react";
import { useT } from "../../i18n/use-t.ts";
import { useContractDates } from "./contract-dates.ts";
import { RenewalCell } from "./renewal-cell.tsx";

/**
 * The contract list on a phone: one card per contract, its number as the heading, then
 * 満期日, 契約内容, 契約期間 (and after a renewal 次期契約期間 and the new 満期日), and the
 * 継続手続 button or the reason, all within the screen's width.
 */
export function ContractCards({ contracts }: { contracts: readonly ContractFieldsFragment[] }) {
  const t = useT();
  return (
    <ul className="contract-cards" aria-label={t("contracts.caption")}>
      {contracts.map((contract) => (
        <li key={contract.id}>
          <ContractCard contract={contract} />
        </li>
      ))}
    </ul>
  );
}

function ContractCard({ contract }: { contract: ContractFieldsFragment }) {
  const t = useT();
  const headingId = useId();
  const { date, range, expiry } = useContractDates();
  const { nextPeriod } = contract;
  return (
    <article className="contract-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="contract-card__number">
        <span className="contract-card__label">{t("contracts.policyNumber")}</span>{" "}
        {contract.policyNumber}
      </h3>
      <dl className="contract-card__facts">
        <dt>{t("contracts.expiresOn")}</dt>
        <dd className="contract-card__date">{expiry(contract)}</dd>
        <dt>{t("contracts.description")}</dt>
        <dd>{contract.description}</dd>
        <dt>{t("contracts.period")}</dt>
        <dd className="contract-card__date">{range(contract.currentPeriod)}</dd>
        {nextPeriod && (
          <>
            <dt>{t("contracts.nextPeriod")}</dt>
            <dd className="contract-card__date">{range(nextPeriod)}</dd>
            <dt>{t("contracts.newExpiryLabel")}</dt>
            <dd className="contract-card__date">{date(nextPeriod.endsOn)}</dd>
          </>
        )}
        <dt>{t("contracts.concludedOn")}</dt>
        <dd className="contract-card__date">{date(contract.concludedOn)}</dd>
      </dl>
      <div className="contract-card__action">
        <RenewalCell contract={contract} />
      </div>
    </article>
  );
}
