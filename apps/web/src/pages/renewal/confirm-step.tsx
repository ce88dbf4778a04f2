import { ReviewButtons } from "../../forms/review-buttons.tsx";
import { submitHandler } from "../../forms/use-form-fields.ts";
import { useLocalized } from "../../forms/use-localized.ts";
import { useT } from "../../i18n/use-t.ts";
import { QuoteFacts } from "./quote-facts.tsx";
import type { QuoteView, RenewalProblem, Renewed } from "./renewal-types.ts";
import { useRenewContract } from "./use-renew-contract.ts";

interface ConfirmStepProps {
  view: QuoteView;
  onBack: () => void;
  onRenewed: (renewed: Renewed) => void;
  onProblem: (problem: RenewalProblem) => void;
}

/** ご確認: the same facts again, then 確定 renews (once, however often it is pressed). */
export function ConfirmStep({ view, onBack, onRenewed, onProblem }: ConfirmStepProps) {
  const t = useT();
  const localized = useLocalized();
  const { submit, busy, failure } = useRenewContract(view.quote, onRenewed, onProblem);
  return (
    <form className="form" onSubmit={submitHandler(() => void submit())} noValidate>
      <QuoteFacts view={view} />
      <p>
        <strong>{t("renewal.confirmLead")}</strong>
      </p>
      {failure && (
        <div role="alert" className="form-alert">
          <p>{localized(failure)}</p>
          <p>{t("renewal.retrySafe")}</p>
        </div>
      )}
      <p role="status">{busy ? t("renewal.submitting") : ""}</p>
      <ReviewButtons busy={busy} submitLabel={t("common.commit")} onBack={onBack} />
    </form>
  );
}
