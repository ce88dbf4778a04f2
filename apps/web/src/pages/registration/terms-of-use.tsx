import { useId } from "react";
import type { MessageKey } from "../../i18n/messages.ts";
import { useT } from "../../i18n/use-t.ts";

const clauses: MessageKey[] = [
  "registration.terms1",
  "registration.terms2",
  "registration.terms3",
  "registration.terms4",
];

/**
 * The terms the 利用規約に同意します checkbox refers to, in a box keyboard users can scroll
 * (tabIndex 0), and below it a link to the full 利用規約 page. The link opens a new tab, so what the
 * customer has typed into the form stays; its name says so.
 */
export function TermsOfUse() {
  const t = useT();
  const headingId = useId();
  return (
    <>
      <section className="terms-box" aria-labelledby={headingId} tabIndex={0}>
        <h3 id={headingId}>{t("registration.termsHeading")}</h3>
        <ol>
          {clauses.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>
      <p className="terms-box__full">
        <a href="/terms" target="_blank" rel="noopener">
          {t("registration.termsFull")}
        </a>
      </p>
    </>
  );
}
