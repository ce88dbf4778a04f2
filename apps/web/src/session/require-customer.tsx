import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { LoadingNotice } from "../layout/loading-notice.tsx";
import { useSession } from "./session-provider.tsx";

/**
 * Guards the screens that need a logged-in customer: anonymous visitors go to the login
 * page (and come back after), and a customer who must change a temporary password is
 * kept on that screen until it is done.
 */
export function RequireCustomer({ children }: { children: ReactNode }) {
  const { phase, customer } = useSession();
  const location = useLocation();
  if (phase === "loading") return <LoadingNotice />;
  if (!customer) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (customer.requiredAction === "CHANGE_PASSWORD" && location.pathname !== "/password/change")
    return <Navigate to="/password/change" replace />;
  return <>{children}</>;
}
