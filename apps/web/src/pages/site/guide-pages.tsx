import { useId } from "react";
import { Link, useParams } from "react-router";
import { useLanguage } from "../../i18n/language-provider.tsx";
import { useT } from "../../i18n/use-t.ts";
import { PageTitle } from "../../layout/page-title.tsx";
import { NotFoundPage } from "../not-found-page.tsx";
import { flowNames, shotPath, siteContents, type FlowName } from "./site-content.ts";
import { useSiteText } from "./use-site-text.ts";

const isFlow = (name: string | undefined): name is FlowName =>
  flowNames.some((flow) => flow === name);

/** ご利用ガイド: the three flows, each a page of its own. */
export function GuideIndexPage() {
  const t = useT();
  const { language } = useLanguage();
  const fill = useSiteText();
  const { guide } = siteContents[language];
  const flowsId = useId();
  return (
    <article className="page guide">
      <PageTitle title={guide.title} />
      <h1>{guide.title}</h1>
      <p>{fill(guide.lead)}</p>
      <section aria-labelledby={flowsId}>
        <h2 id={flowsId}>{t("site.guide.flows")}</h2>
        <ul className="guide-flows">
          {flowNames.map((name) => {
            const flow = guide.flows[name];
            return (
              <li key={name} className="guide-flows__item">
                <Link to={`/guide/${name}`}>{flow.title}</Link>
                <p>{fill(flow.lead)}</p>
                <p className="guide-flows__count">
                  {t("site.guide.steps", { count: String(flow.steps.length) })}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}

/** One flow of the guide, step by step, each step shown on a screenshot of this app. */
export function GuideFlowPage() {
  const { flow: name } = useParams();
  if (!isFlow(name)) return <NotFoundPage />;
  return <GuideFlow name={name} />;
}

function GuideFlow({ name }: { name: FlowName }) {
  const t = useT();
  const { language } = useLanguage();
  const fill = useSiteText();
  const { guide } = siteContents[language];
  const flow = guide.flows[name];
  const othersId = useId();
  return (
    <article className="page guide">
      <PageTitle title={flow.title} />
      <p className="page__eyebrow">
        <Link to="/guide">{guide.title}</Link>
      </p>
      <h1>{flow.title}</h1>
      <p>{fill(flow.lead)}</p>
      <ol className="guide-steps">
        {flow.steps.map((step, index) => (
          <li key={step.shot} className="guide-step">
            <h2>
              <span className="guide-step__number">
                {t("site.guide.step", { number: String(index + 1) })}
              </span>{" "}
              {fill(step.heading)}
            </h2>
            <p>{fill(step.text)}</p>
            <figure className="guide-step__figure">
              <img src={shotPath(step.shot, language)} alt={fill(step.alt)} loading="lazy" />
            </figure>
          </li>
        ))}
      </ol>
      <p>
        <Link to="/login" className="button button--primary">
          {t("site.guide.start")}
        </Link>
      </p>
      <nav aria-labelledby={othersId} className="guide-others">
        <h2 id={othersId}>{t("site.guide.otherFlows")}</h2>
        <ul>
          {flowNames
            .filter((other) => other !== name)
            .map((other) => (
              <li key={other}>
                <Link to={`/guide/${other}`}>{guide.flows[other].title}</Link>
              </li>
            ))}
          <li>
            <Link to="/guide">{t("site.guide.index")}</Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}
