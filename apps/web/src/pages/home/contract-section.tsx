import { useId } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useT } from "../../i18n/use-t.ts";
import { LoadingNotice } from "../../layout/loading-notice.tsx";
import { ContractCards } from "./contract-cards.tsx";
import { ContractTable } from "./contract-table.tsx";
import { takeContractsRequest } from "./contracts-request.ts";
import { useLoad } from "./use-load.ts";
import { useNarrowScreen } from "./use-narrow-screen.ts";

/**
 * 契約の継続手続: the customer's contracts, loaded afresh each time home is opened (a renewal
 * changes them; the route started the request), as cards on a phone and a table from a
 * tablet's width up.
 */
export function ContractSection() {
  const t = useT();
  const headingId = useId();
  const client = useClient();
  const narrow = useNarrowScreen();
  const contracts = useLoad("contracts", () => takeContractsRequest(client));
  return (
    <section className="home-contracts" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("contracts.heading")}</h2>
      <p>{t("contracts.lead")}</p>
      {contracts.phase === "loading" && <LoadingNotice />}
      {contracts.phase === "failed" && (
        <div role="alert" className="home-problem">
          <p>{t("contracts.loadFailed")}</p>
          <button type="button" className="button" onClick={contracts.reload}>
            {t("contracts.retry")}
          </button>
        </div>
      )}
      {contracts.phase === "ready" &&
        (contracts.data.contracts.length === 0 ? (
          <p className="note">{t("contracts.empty")}</p>
        ) : narrow ? (
          <ContractCards contracts={contracts.data.contracts} />
        ) : (
          <ContractTable contracts={contracts.data.contracts} />
        ))}
    </section>
  );
}
