import { useT } from "../../i18n/use-t.ts";
import { LoadingNotice } from "../../layout/loading-notice.tsx";
import { PageTitle } from "../../layout/page-title.tsx";
import { useLoad } from "../home/use-load.ts";
import { loadMailbox } from "./load-mailbox.ts";
import { MailCard } from "./mail-card.tsx";
import "./mailbox.css";

/** /mailbox: the development mailbox (SPEC §5), for following mailed links without a mail server. */
export function MailboxPage() {
  const t = useT();
  const mailbox = useLoad("mailbox", () => loadMailbox());
  return (
    <article className="page">
      <PageTitle title={t("mailbox.title")} />
      <h1>{t("mailbox.title")}</h1>
      <p>{t("mailbox.lead")}</p>
      <p>
        <button
          type="button"
          className="button"
          onClick={mailbox.reload}
          disabled={mailbox.phase === "loading"}
        >
          {t("mailbox.reload")}
        </button>
      </p>
      {mailbox.phase === "loading" && <LoadingNotice />}
      {mailbox.phase === "failed" && (
        <p role="alert" className="mailbox-alert">
          {t("mailbox.failed")}
        </p>
      )}
      {mailbox.phase === "ready" &&
        (!mailbox.data.available ? (
          <p className="note">{t("mailbox.unavailable")}</p>
        ) : mailbox.data.messages.length === 0 ? (
          <p>{t("mailbox.empty")}</p>
        ) : (
          <>
            <p role="status">
              {t("mailbox.count", { count: String(mailbox.data.messages.length) })}
            </p>
            {mailbox.data.messages.map((message) => (
              <MailCard key={message.id} message={message} />
            ))}
          </>
        ))}
    </article>
  );
}
