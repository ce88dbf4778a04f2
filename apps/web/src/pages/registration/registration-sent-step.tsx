import type { StartRegistrationMutation } from "@cws/client/gql";
import { CloseWindowButton } from "../../forms/close-window-button.tsx";
import { KeywordDisplay } from "../../forms/keyword-display.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useServiceTime } from "../../i18n/time-zone.tsx";
import { useT } from "../../i18n/use-t.ts";

export type RegistrationStarted = Extract<
  StartRegistrationMutation["startRegistration"],
  { __typename: "RegistrationStarted" }
>;

/**
 * Seed step 5: the mail is on its way; the keyword is shown (it is never in the mail) with
 * the advice to note it and close the screen. A policyholder who already has an account
 * sees the same screen; their mail says so instead (no account enumeration here).
 */
export function RegistrationSentStep({ started }: { started: RegistrationStarted }) {
  const t = useT();
  const { dateTime } = useServiceTime();
  return (
    <>
      <p>{t("registration.sentLead")}</p>
      <KeywordDisplay keyword={started.keyword} />
      <ReviewList
        items={[
          { label: t("registration.sentTo"), value: started.email },
          {
            label: t("registration.linkExpiresAt"),
            value: dateTime(new Date(started.linkExpiresAt)),
          },
        ]}
      />
      <p className="note">{t("registration.keywordAdvice")}</p>
      <p>{t("registration.mailNotArriving")}</p>
      <div className="button-row">
        <CloseWindowButton />
      </div>
    </>
  );
}
