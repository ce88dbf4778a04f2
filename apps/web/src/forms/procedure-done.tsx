import type { ReactNode } from "react";
import { Link } from "react-router";
import { useT } from "../i18n/use-t.ts";

interface ProcedureDoneProps {
  /** What was done, as a status message, for a screen whose heading does not already say it. */
  status?: string;
  /** What the customer should know about the result: the new user ID, where a mail went. */
  children?: ReactNode;
}

/** The end of a procedure: the result, then ホームへ as the one way on (home is where the customer's contracts are). */
export function ProcedureDone({ status, children }: ProcedureDoneProps) {
  const t = useT();
  return (
    <>
      {status && <p role="status">{status}</p>}
      {children}
      <p>
        <Link to="/home" className="button button--primary">
          {t("common.home")}
        </Link>
      </p>
    </>
  );
}
