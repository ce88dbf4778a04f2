import { useCallback, useState } from "react";
import { useParams } from "react-router";
import { useClient } from "../../api/client-context.tsx";
import { SteppedFormPage } from "../../forms/stepped-form-page.tsx";
import { useT } from "../../i18n/use-t.ts";
import { LoadingNotice } from "../../layout/loading-notice.tsx";
import { RequireCustomer } from "../../session/require-customer.tsx";
import { useLoad } from "../home/use-load.ts";
import { ConfirmStep } from "./confirm-step.tsx";
import { DoneStep } from "./done-step.tsx";
import { loadQuote } from "./load-quote.ts";
import { ProblemStep } from "./problem-step.tsx";
import { QuoteStep } from "./quote-step.tsx";
import type { RenewalProblem, Renewed } from "./renewal-types.ts";

type Step =
  | { name: "quote" }
  | { name: "confirm" }
  | { name: "done"; renewed: Renewed }
  | { name: "problem"; problem: RenewalProblem };

/** /renew/:contractId: 1. お見積り 2. ご確認 3. 完了 for one contract. */
export function RenewalPage() {
  const { contractId = "" } = useParams();
  return (
    <RequireCustomer>
      {/* Another contract starts a new flow, with nothing carried over from the last one. */}
      <RenewalFlow key={contractId} contractId={contractId} />
    </RequireCustomer>
  );
}

function RenewalFlow({ contractId }: { contractId: string }) {
  const t = useT();
  const client = useClient();
  const loaded = useLoad(`quote:${contractId}`, () => loadQuote(client, contractId));
  const [step, setStep] = useState<Step>({ name: "quote" });
  const onRenewed = useCallback((renewed: Renewed) => setStep({ name: "done", renewed }), []);
  const onProblem = useCallback(
    (problem: RenewalProblem) => setStep({ name: "problem", problem }),
    [],
  );
  const { reload } = loaded;
  const requote = useCallback(() => {
    reload();
    setStep({ name: "quote" });
  }, [reload]);

  const labels = [t("renewal.step.quote"), t("renewal.step.confirm"), t("renewal.step.done")];
  const current = step.name === "done" ? 2 : step.name === "quote" ? 0 : 1;
  const quoteProblem =
    loaded.phase === "ready" && loaded.data.kind === "problem" ? loaded.data.problem : null;
  const problem =
    step.name === "problem" ? step.problem : step.name === "done" ? null : quoteProblem;
  const title =
    step.name === "done"
      ? t("renewal.doneHeading")
      : problem
        ? t("renewal.problemHeading")
        : labels[current];

  let content;
  if (step.name === "done") content = <DoneStep renewed={step.renewed} />;
  else if (problem) content = <ProblemStep problem={problem} onRequote={requote} />;
  else if (loaded.phase === "loading") content = <LoadingNotice />;
  else if (loaded.phase === "failed")
    content = (
      <div role="alert" className="form-alert">
        <p>{t("renewal.loadFailed")}</p>
        <button type="button" className="button" onClick={reload}>
          {t("renewal.retry")}
        </button>
      </div>
    );
  else if (loaded.data.kind === "quote" && step.name === "confirm")
    content = (
      <ConfirmStep
        view={loaded.data.view}
        onBack={() => setStep({ name: "quote" })}
        onRenewed={onRenewed}
        onProblem={onProblem}
      />
    );
  else if (loaded.data.kind === "quote")
    content = <QuoteStep view={loaded.data.view} onNext={() => setStep({ name: "confirm" })} />;

  // Every change of step moves the focus, even back to a fresh quote; a quote found not renewable on loading does not.
  return (
    <SteppedFormPage
      title={t("renewal.title")}
      steps={labels}
      current={current}
      heading={title}
      focusOn={step}
    >
      {content}
    </SteppedFormPage>
  );
}
