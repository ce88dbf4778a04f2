import { useId } from "react";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { PageTitle } from "../../layout/page-title.tsx";
import { siteContents, type DocumentName, type SiteSection } from "./site-content.ts";
import { useSiteText } from "./use-site-text.ts";

function Section({ section, fill }: { section: SiteSection; fill: (text: string) => string }) {
  const headingId = useId();
  return (
    <section className="site-doc__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{fill(section.heading)}</h2>
      {section.paragraphs?.map((text) => (
        <p key={text}>{fill(text)}</p>
      ))}
      {section.items && (
        <ul>
          {section.items.map((text) => (
            <li key={text}>{fill(text)}</li>
          ))}
        </ul>
      )}
      {section.facts && (
        <dl className="site-doc__facts">
          {section.facts.map(({ term, value }) => (
            <div key={term}>
              <dt>{fill(term)}</dt>
              <dd>{fill(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** 個人情報保護方針, 利用規約, 推奨環境 or 会社概要: text from content/site, names from configuration. */
export function SiteDocumentPage({ name }: { name: DocumentName }) {
  const { language } = useLanguage();
  const fill = useSiteText();
  const document = siteContents[language].documents[name];
  return (
    <article className="page site-doc">
      <PageTitle title={document.title} />
      <h1>{document.title}</h1>
      <p>{fill(document.lead)}</p>
      {document.sections.map((section) => (
        <Section key={section.heading} section={section} fill={fill} />
      ))}
      {document.updated && <p className="site-doc__updated">{document.updated}</p>}
    </article>
  );
}
