import { Link } from "react-router";
import { useT } from "../../i18n/use-t.ts";
import { QuoteFacts } from "./quote-facts.tsx";
import type { QuoteView } from "./renewal-types.ts";

/** お見積り: the offer for the next period; 次へ leads to the confirmation. */
export function QuoteStep({ view, onNext }: { view: QuoteView; onNext: () => void }) {
  const t = useT();
  return (
    <>
      <p>{t("renewal.quoteLead")}</p>
      <QuoteFacts view={view} />
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onNext}>
          {t("common.next")}
        </button>
      </div>
      <p>
        <Link to="/home">{t("renewal.backHome")}</Link>
      </p>
    </>
  );
}
