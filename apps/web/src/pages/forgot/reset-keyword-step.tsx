import type { RequestCredentialResetMutation } from "@cws/client/gql";
import { CloseWindowButton } from "../../forms/close-window-button.tsx";
import { KeywordDisplay } from "../../forms/keyword-display.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useServiceTime } from "../../i18n/time-zone.tsx";
import { useT } from "../../i18n/use-t.ts";

export type ResetKeywordIssued = Extract<
  RequestCredentialResetMutation["requestCredentialReset"],
  { __typename: "ResetKeywordIssued" }
>;

const hourMs = 3_600_000;

/**
 * Seed STEP 3: キーワードの発行. The mail carries only the link, so the keyword is shown
 * here once. The screen is the same whether or not an account matched (no enumeration).
 */
export function ResetKeywordStep({ issued }: { issued: ResetKeywordIssued }) {
  const t = useT();
  const { dateTime } = useServiceTime();
  const expiresAt = new Date(issued.keywordExpiresAt);
  // The validity is configuration; worked out from the deadline rather than written in as 24.
  const hours = Math.max(1, Math.round((expiresAt.getTime() - Date.now()) / hourMs));
  return (
    <>
      <p>{t("forgot.sentLead")}</p>
      <KeywordDisplay keyword={issued.keyword} />
      <ReviewList items={[{ label: t("forgot.keywordExpiresAt"), value: dateTime(expiresAt) }]} />
      <p className="note">{t("forgot.keywordAdvice")}</p>
      <p>{t("forgot.keywordExpiry", { hours: String(hours) })}</p>
      <p>{t("forgot.mailHasNoKeyword")}</p>
      <div className="button-row">
        <CloseWindowButton />
      </div>
    </>
  );
}
