import { useId } from "react";
import { useT } from "../i18n/use-t.ts";
import { useServiceStatus } from "../service-status/service-status-provider.tsx";

/** Digits and "+" only, as tel: links want them. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/** The contact desk (インターネットデスク) from configuration, shown beside forms. */
export function ContactBox() {
  const t = useT();
  const headingId = useId();
  const { branding } = useServiceStatus();
  // Without the configuration there is no number worth showing; a wrong one would be worse.
  if (!branding) return null;
  const { insurerName, desk } = branding;
  return (
    <aside className="contact-box" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("contact.heading")}</h2>
      <p className="contact-box__desk">
        <span>{insurerName}</span>
        <span>{desk.name}</span>
      </p>
      <dl>
        <dt>{t("contact.phone")}</dt>
        <dd>
          <a href={telHref(desk.phone)}>{desk.phone}</a>
        </dd>
        <dt>{t("contact.hours")}</dt>
        <dd>{desk.hours}</dd>
      </dl>
    </aside>
  );
}
