import { useId } from "react";
import { useServiceTime } from "../../i18n/time-zone.tsx";
import { useT } from "../../i18n/use-t.ts";
import type { MailboxMessage } from "./load-mailbox.ts";
import { MailLink } from "./mail-link.tsx";

/** One captured mail: who it went to, when, its text body and the links in it. */
export function MailCard({ message }: { message: MailboxMessage }) {
  const t = useT();
  const { dateTime } = useServiceTime();
  const subjectId = useId();
  return (
    <article className="mailbox-mail" aria-labelledby={subjectId}>
      <h2 id={subjectId}>{message.subject}</h2>
      <dl className="mailbox-mail__meta">
        <dt>{t("mailbox.to")}</dt>
        <dd>{message.to}</dd>
        <dt>{t("mailbox.createdAt")}</dt>
        <dd>{dateTime(new Date(message.createdAt))}</dd>
        <dt>{t("mailbox.status")}</dt>
        <dd>{message.status}</dd>
      </dl>
      {message.links.length > 0 && (
        <>
          <h3>{t("mailbox.links")}</h3>
          <ul className="mailbox-mail__links">
            {message.links.map((link, index) => (
              <li key={`${index}:${link}`}>
                <MailLink href={link} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t("mailbox.body")}</h3>
      <pre className="mailbox-mail__text">{message.text}</pre>
    </article>
  );
}
