import type { SettingChange } from "@cws/client/gql";
import type { LocalizedText } from "@cws/domain/rules";
import type { ReactNode } from "react";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import { ReviewButtons } from "../../forms/review-buttons.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useT } from "../../i18n/use-t.ts";
import { resetForm } from "./reset-settings-step.tsx";
import type { ResetValues } from "./reset-values.ts";

interface ResetReviewStepProps {
  /** The user ID that will log in, as the server's preview names it. */
  userId: string;
  values: ResetValues;
  changes: readonly SettingChange[];
  message: LocalizedText | null;
  busy: boolean;
  onBack: () => void;
  onCommit: () => void;
}

/**
 * 変更内容の確認: every setting as it will be, each change marked, starting with the user ID
 * that will log in (the server's answer, not a guess) and that the address logs in too.
 */
export function ResetReviewStep({
  userId,
  values,
  changes,
  message,
  busy,
  onBack,
  onCommit,
}: ResetReviewStepProps) {
  const t = useT();
  const marked = (change: SettingChange, value: ReactNode) =>
    changes.includes(change) ? (
      <>
        {value} <span className="badge">{t("reset.changedMark")}</span>
      </>
    ) : (
      value
    );
  return (
    <>
      <p>{t(changes.length > 0 ? "reset.reviewLead" : "reset.noChanges")}</p>
      <ErrorSummary form={resetForm} message={message} />
      <ReviewList
        items={[
          { label: t("reset.doneUserId"), value: marked("userId", userId) },
          { label: t("reset.email"), value: marked("email", values.email.trim()) },
          {
            label: t("reset.password"),
            value: marked(
              "password",
              t(values.password ? "reset.passwordNew" : "reset.passwordKept"),
            ),
          },
          {
            label: t("reset.mailOptIn"),
            value: marked(
              "mailOptIn",
              t(values.mailOptIn ? "reset.mailOptInYes" : "reset.mailOptInNo"),
            ),
          },
        ]}
      />
      <p>{t("reset.loginWithEmail", { email: values.email.trim() })}</p>
      <ReviewButtons
        busy={busy}
        submitLabel={t("common.commit")}
        onBack={onBack}
        onSubmit={onCommit}
      />
    </>
  );
}
