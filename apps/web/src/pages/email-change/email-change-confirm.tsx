import { ConfirmEmailChangeDocument } from "@cws/client/gql";
import type { LocalizedText } from "@cws/domain/rules";
import { useState } from "react";
import { useClient } from "../../api/client-context.tsx";
import { useRequestErrorHandler } from "../../api/error-messages.ts";
import { ErrorSummary } from "../../forms/error-summary.tsx";
import { FormPage } from "../../forms/form-page.tsx";
import { ProcedureDone } from "../../forms/procedure-done.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useBusy } from "../../forms/use-busy.ts";
import { useT } from "../../i18n/use-t.ts";
import { useSession } from "../../session/session-provider.tsx";
import { deadLinkStatusOf, type DeadLinkStatus } from "../link/link-status.ts";

/**
 * The link mailed to a new e-mail address. Nothing happens on opening it (mail scanners
 * open links too): the customer confirms with the 確認 button.
 */
export function EmailChangeConfirm({
  token,
  onDead,
}: {
  token: string;
  onDead: (status: DeadLinkStatus) => void;
}) {
  const t = useT();
  const client = useClient();
  const { customer, refresh } = useSession();
  const handleError = useRequestErrorHandler();
  const [busy, run] = useBusy();
  const [message, setMessage] = useState<LocalizedText | null>(null);
  const [confirmed, setConfirmed] = useState<string | null>(null);

  const confirm = () =>
    run(async () => {
      setMessage(null);
      try {
        const { confirmEmailChange: result } = await client.execute(ConfirmEmailChangeDocument, {
          token,
        });
        if (result.__typename === "EmailConfirmed") {
          setConfirmed(result.email);
          // A logged-in customer's e-mail (and maybe user ID) just changed.
          if (customer) await refresh();
          return;
        }
        const dead = deadLinkStatusOf(result);
        if (dead) return onDead(dead);
        setMessage(result.message);
      } catch (error) {
        setMessage(handleError(error));
      }
    });

  return (
    <FormPage title={t("emailChange.title")}>
      {confirmed ? (
        <ProcedureDone status={t("emailChange.done")}>
          <ReviewList items={[{ label: t("emailChange.newEmail"), value: confirmed }]} />
        </ProcedureDone>
      ) : (
        <>
          <p>{t("emailChange.lead")}</p>
          <ErrorSummary form="email-change" message={message} />
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void confirm()}
              aria-disabled={busy || undefined}
            >
              {t("emailChange.confirm")}
            </button>
          </div>
        </>
      )}
    </FormPage>
  );
}
