import { useLocation } from "react-router";
import { tokenFromHash } from "./link-status.ts";
import { LinkFlow } from "./link-flow.tsx";

/** /link#<token>: the page every mailed link opens (registration, reset, e-mail change). */
export function LinkPage() {
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  // A different token is a different procedure: start afresh rather than carry state over.
  return <LinkFlow key={token} token={token} />;
}
