import { useT } from "../i18n/use-t.ts";
import { SubmitButton } from "./submit-button.tsx";

interface ReviewButtonsProps {
  /** True while the step's request is under way: both buttons are then marked busy and do nothing. */
  busy: boolean;
  /** The submit button's label (次へ, 確定). */
  submitLabel: string;
  onBack: () => void;
  /** Sends the request; leave it out when the buttons sit in a form whose onSubmit sends it. */
  onSubmit?: () => void;
}

/**
 * 戻る and the submit button of a review step (入力内容の確認, 変更内容の確認, ご確認). Both
 * wait while the request is under way: leaving would hide its answer (a sent mail, a saved
 * change, a renewal) and a second submission is dropped anyway. They are aria-disabled
 * rather than disabled, so focus stays and screen readers say they are busy.
 */
export function ReviewButtons({ busy, submitLabel, onBack, onSubmit }: ReviewButtonsProps) {
  const t = useT();
  const busyMark = busy || undefined;
  return (
    <div className="button-row">
      <button
        type="button"
        className="button"
        onClick={() => !busy && onBack()}
        aria-disabled={busyMark}
      >
        {t("common.back")}
      </button>
      {onSubmit ? (
        <button
          type="button"
          className="button button--primary"
          onClick={() => !busy && onSubmit()}
          aria-disabled={busyMark}
        >
          {submitLabel}
        </button>
      ) : (
        <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
      )}
    </div>
  );
}
