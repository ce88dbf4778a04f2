import { Link } from "react-router";
import { useLocalized } from "../../forms/use-localized.ts";
import { useT } from "../../i18n/use-t.ts";
import type { RenewalProblem } from "./renewal-types.ts";

// A changed price or a refused key is fixed by quoting again; the other refusals are final for now.
const requotable = new Set<RenewalProblem["__typename"]>([
  "QuoteChanged",
  "IdempotencyKeyInvalid",
  "IdempotencyKeyReused",
]);

/** Why the renewal cannot go on, in the server's words, and the way forward. */
export function ProblemStep({
  problem,
  onRequote,
}: {
  problem: RenewalProblem;
  onRequote: () => void;
}) {
  const t = useT();
  const localized = useLocalized();
  const canRequote = requotable.has(problem.__typename);
  return (
    <>
      <p role="alert" className="form-alert">
        {localized(problem.message)}
      </p>
      <div className="button-row">
        {canRequote && (
          <button type="button" className="button button--primary" onClick={onRequote}>
            {t("renewal.requote")}
          </button>
        )}
        <Link to="/home" className={canRequote ? "button" : "button button--primary"}>
          {t("renewal.backHome")}
        </Link>
      </div>
    </>
  );
}
