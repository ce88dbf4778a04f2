import { useT } from "../i18n/use-t.ts";

/** "1. お客さま情報の入力 2. 入力内容の確認 3. …" with the current step marked for every reader. */
export function StepIndicator({ steps, current }: { steps: readonly string[]; current: number }) {
  const t = useT();
  return (
    <ol className="steps" aria-label={t("common.stepsLabel")}>
      {steps.map((step, index) => (
        <li key={step} aria-current={index === current ? "step" : undefined}>
          {index + 1}. {step}
          {index === current && <span className="visually-hidden">{t("common.currentStep")}</span>}
          {index < current && <span className="visually-hidden">{t("common.doneStep")}</span>}
        </li>
      ))}
    </ol>
  );
}
