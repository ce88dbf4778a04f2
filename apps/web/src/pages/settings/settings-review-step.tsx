import type { LocalizedText } from "@cws/domain/rules";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import { ReviewButtons } from "../../forms/review-buttons.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useT } from "../../i18n/use-t.ts";
import type { Customer } from "../../session/session-provider.tsx";
import { changesOf, settingsForm, type SettingsValues } from "./settings-values.ts";

interface SettingsReviewStepProps {
  customer: Customer;
  values: SettingsValues;
  busy: boolean;
  message: LocalizedText | null;
  onBack: () => void;
  onCommit: () => void;
}

/** 変更内容の確認: each change before and after; nothing is saved until 確定. */
export function SettingsReviewStep({
  customer,
  values,
  busy,
  message,
  onBack,
  onCommit,
}: SettingsReviewStepProps) {
  const t = useT();
  const changes = changesOf(values, customer);
  const optIn = (yes: boolean) => t(yes ? "settings.mailOptIn.yes" : "settings.mailOptIn.no");
  const change = (label: string, before: string, after: string) => ({
    label,
    value: (
      <>
        {t("settings.before")}: {before}
        <br />
        {t("settings.after")}: <strong>{after}</strong>
      </>
    ),
  });
  return (
    <>
      <p>{t("settings.confirmLead")}</p>
      <ErrorSummary form={settingsForm} message={message} />
      <ReviewList
        items={[
          ...(changes.email
            ? [change(t("settings.email"), customer.email, values.email.trim())]
            : []),
          ...(changes.password
            ? [
                change(
                  t("settings.passwordHeading"),
                  t("settings.passwordMasked"),
                  t("settings.passwordChanged"),
                ),
              ]
            : []),
          ...(changes.mailOptIn
            ? [
                change(
                  t("settings.mailOptIn"),
                  optIn(customer.mailOptIn),
                  optIn(values.mailOptIn === "yes"),
                ),
              ]
            : []),
        ]}
      />
      <p role="status">{busy ? t("settings.submitting") : ""}</p>
      <ReviewButtons
        busy={busy}
        submitLabel={t("common.commit")}
        onBack={onBack}
        onSubmit={onCommit}
      />
    </>
  );
}
