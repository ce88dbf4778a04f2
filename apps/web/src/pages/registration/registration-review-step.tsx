import { type LocalizedText, normalizeKana } from "@cws/domain/rules";
import { birthDateValue } from "../../forms/birth-date-parts.ts";
import { formatCalendarDate } from "../../i18n/date-format.ts";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import { ReviewButtons } from "../../forms/review-buttons.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { useT } from "../../i18n/use-t.ts";
import { registrationForm } from "./registration-input-step.tsx";
import type { RegistrationValues } from "./registration-values.ts";

interface RegistrationReviewStepProps {
  values: RegistrationValues;
  busy: boolean;
  message: LocalizedText | null;
  onBack: () => void;
  onSubmit: () => void;
}

/** Seed step 4: 入力内容の確認, with 戻る (the input is kept) and 次へ (sends it). */
export function RegistrationReviewStep({
  values,
  busy,
  message,
  onBack,
  onSubmit,
}: RegistrationReviewStepProps) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <>
      <p>{t("registration.reviewLead")}</p>
      <ErrorSummary form={registrationForm} message={message} />
      <ReviewList
        items={[
          { label: t("registration.name"), value: `${values.familyName} ${values.givenName}` },
          {
            label: t("registration.reviewKana"),
            // What will be matched against the agency's records (全角カタカナ), not the keystrokes:
            // hiragana, half-width kana and dash look-alikes are shown as the domain reads them.
            value: `${normalizeKana(values.familyNameKana)} ${normalizeKana(values.givenNameKana)}`,
          },
          {
            label: t("birthDate.legend"),
            value: formatCalendarDate(birthDateValue(values.birthDate), language),
          },
          { label: t("registration.reviewEmail"), value: values.email },
          { label: t("registration.keyword"), value: values.keyword },
          { label: t("registration.employeeNumber"), value: values.employeeNumber },
        ]}
      />
      <ReviewButtons
        busy={busy}
        submitLabel={t("common.next")}
        onBack={onBack}
        onSubmit={onSubmit}
      />
    </>
  );
}
