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
  values: ResetValues;
  changes: readonly SettingChange[];
  message: LocalizedText | null;
  busy: boolean;
  onBack: () => void;
  onCommit: () => void;
}

/**
 * 変更内容の確認: every setting as it will be, each change marked. The user ID always
 * becomes the e-mail address shown, even when only the password changes.
 */
export function ResetReviewStep({
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
      <ReviewButtons
        busy={busy}
        submitLabel={t("common.commit")}
        onBack={onBack}
        onSubmit={onCommit}
      />
    </>
  );
}
