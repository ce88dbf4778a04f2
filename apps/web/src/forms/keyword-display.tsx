import { useT } from "../i18n/use-t.ts";
import { groupKeyword } from "./keyword-grouping.ts";

/** The keyword shown large, to be noted down (seed step 5, STEP 3); ten digits in two groups. */
export function KeywordDisplay({ keyword }: { keyword: string }) {
  const t = useT();
  return (
    <dl className="keyword-display">
      <dt>{t("keyword.label")}</dt>
      <dd translate="no">{groupKeyword(keyword)}</dd>
    </dl>
  );
}
