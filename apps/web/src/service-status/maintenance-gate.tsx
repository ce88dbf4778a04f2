import type { ReactNode } from "react";
import { LoadingNotice } from "../layout/loading-notice.tsx";
import { MaintenancePage } from "../pages/maintenance-page.tsx";
import { useServiceStatus } from "./service-status-provider.tsx";

/** Shows the maintenance page instead of the screens while the service is closed. */
export function MaintenanceGate({ children }: { children: ReactNode }) {
  const { phase, maintenance } = useServiceStatus();
  if (maintenance) return <MaintenancePage notice={maintenance} />;
  // Wait for the first answer rather than show a screen that may be replaced a moment later.
  if (phase === "loading") return <LoadingNotice />;
  return children;
}
