import { lazy, Suspense, useLayoutEffect, useRef } from "react";
import { useClient } from "../../api/client-context.tsx";
import { LoadingNotice } from "../../layout/loading-notice.tsx";
import { startContractsRequest } from "./contracts-request.ts";

const HomePage = lazy(() => import("./home-page.tsx").then((m) => ({ default: m.HomePage })));

/**
 * /home: starts the contracts request as the route opens, at the same moment the session's
 * `me` request goes out, rather than after `me` has answered and the page's code has loaded.
 * The boundary is its own, so this effect runs while the page's code is still on its way.
 */
export function HomeRoute() {
  const client = useClient();
  // StrictMode runs effects twice on mount; the ref keeps it to one request per visit. A layout
  // effect, because on a later visit the page's code is already here and the page's own
  // (passive) effect, which takes the request, runs in the same commit: layout effects run first.
  const started = useRef(false);
  useLayoutEffect(() => {
    if (started.current) return;
    started.current = true;
    startContractsRequest(client);
  }, [client]);
  return (
    <Suspense fallback={<LoadingNotice />}>
      <HomePage />
    </Suspense>
  );
}
