import type { ContractFieldsFragment } from "@cws/client/gql";
import { useId } from "react";
import { useT } from "../../i18n/use-t.ts";
import { useContractDates } from "./contract-dates.ts";
import { RenewalCell } from "./renewal-cell.tsx";

/**
 * 契約番号 | 締結日 | 満期日 | 契約内容 | 契約期間 | the renewal action, on a tablet or wider
 * (phones get {@link ContractCards}). Where it is still too wide, the table scrolls sideways
 * inside its own box, which is focusable so keyboard users can scroll it too; the page itself
 * never scrolls sideways.
 */
export function ContractTable({ contracts }: { contracts: readonly ContractFieldsFragment[] }) {
  const t = useT();
  const captionId = useId();
  const hintId = useId();
  const { date, range, expiry } = useContractDates();
  return (
    <>
      <p id={hintId} className="home-scroll-hint">
        {t("contracts.scrollHint")}
      </p>
      <div
        className="home-table-scroll"
        role="region"
        aria-labelledby={captionId}
        aria-describedby={hintId}
        tabIndex={0}
      >
        <table className="home-table">
          <caption id={captionId}>{t("contracts.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("contracts.policyNumber")}</th>
              <th scope="col">{t("contracts.concludedOn")}</th>
              <th scope="col">{t("contracts.expiresOn")}</th>
              <th scope="col">{t("contracts.description")}</th>
              <th scope="col">{t("contracts.period")}</th>
              <th scope="col">{t("contracts.action")}</th>
            </tr>
          </thead>
          <tbody>
            {contracts.map((contract) => (
              <tr key={contract.id}>
                <th scope="row" className="home-table__number">
                  {contract.policyNumber}
                </th>
                <td className="home-table__date">{date(contract.concludedOn)}</td>
                <td className="home-table__date">
                  {expiry(contract)}
                  {contract.nextPeriod && (
                    <p className="home-next">
                      {t("contracts.newExpiry", { date: date(contract.nextPeriod.endsOn) })}
                    </p>
                  )}
                </td>
                <td className="home-table__description">{contract.description}</td>
                <td className="home-table__period">
                  {range(contract.currentPeriod)}
                  {contract.nextPeriod && (
                    <p className="home-next">
                      {t("contracts.nextPeriod")}: {range(contract.nextPeriod)}
                    </p>
                  )}
                </td>
                <td className="home-table__action">
                  <RenewalCell contract={contract} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
