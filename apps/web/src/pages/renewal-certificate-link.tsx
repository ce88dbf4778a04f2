import { RenewalCertificatesDocument } from "@cws/client/gql";
import { useId } from "react";
import { useClient } from "../api/client-context.tsx";
import { formatCalendarDate } from "../i18n/date-format.ts";
import { useLanguage } from "../i18n/language-provider.tsx";
import type { Language } from "../i18n/messages.ts";
import { useLoad } from "./home/use-load.ts";

// The wording of the certificate links, kept beside them: the document's name is the
// insurer's Japanese title in both languages (the PDF itself is Japanese).
const TEXT: Record<
  Language,
  { download: string; heading: string; lead: string; item: (n: string, p: string) => string }
> = {
  ja: {
    download: "「継続手続完了のお知らせ」(PDF)をダウンロード",
    heading: "継続手続完了のお知らせ",
    lead: "Webで継続手続をされたご契約の「継続手続完了のお知らせ」(PDF)は、新しい保険期間の終了までダウンロードいただけます。",
    item: (n, p) => `契約番号 ${n}（保険期間 ${p}）`,
  },
  en: {
    download: "Download the renewal certificate 「継続手続完了のお知らせ」 (PDF, in Japanese)",
    heading: "Renewal certificates",
    lead:
      "For contracts renewed online, the renewal certificate (PDF, in Japanese) " +
      "can be downloaded until the new period ends.",
    item: (n, p) => `Policy ${n} (period ${p})`,
  },
};

/** Where the server serves a contract's certificate (apps/server/src/documents/renewal-certificate-route.ts). */
const certificatePath = (contractId: string) =>
  `/documents/renewal-certificate/${encodeURIComponent(contractId)}.pdf`;

/** On the completion screen: the download of the certificate of the renewal just made. */
export function RenewalCertificateLink({ contractId }: { contractId: string }) {
  const { language } = useLanguage();
  return (
    <p className="renewal-certificate-link">
      <a href={certificatePath(contractId)} download>
        {TEXT[language].download}
      </a>
    </p>
  );
}

/**
 * On the home page: the certificates the customer can download today, one link per renewed
 * contract. Shows nothing when there is none, or when the list cannot be loaded (the
 * contract list beside it reports problems).
 */
export function RenewalCertificateLinks() {
  const { language } = useLanguage();
  const headingId = useId();
  const client = useClient();
  const loaded = useLoad("renewal-certificates", () => client.execute(RenewalCertificatesDocument));
  if (loaded.phase !== "ready" || loaded.data.renewalCertificates.length === 0) return null;
  const text = TEXT[language];
  const date = (value: string) => formatCalendarDate(value, language);
  return (
    <section className="panel renewal-certificates" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.heading}</h2>
      <p>{text.lead}</p>
      <ul>
        {loaded.data.renewalCertificates.map((c) => (
          <li key={c.contractId}>
            <a href={c.downloadPath} download>
              {text.item(c.policyNumber, `${date(c.startsOn)}～${date(c.endsOn)}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
