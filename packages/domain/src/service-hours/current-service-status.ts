import type { LocalizedText } from "../errors/localized-text.ts";
import type { RequestScope } from "../request-scope.ts";
import { maintenanceMessage } from "./maintenance-message.ts";
import { serviceStatusAt } from "./service-status.ts";

/** The service status as people are told it: open, or closed until `reopensAt` with the notice to show. */
export interface ServiceStatusNotice {
  open: boolean;
  reopensAt: Date | null;
  nextMaintenanceStartsAt: Date | null;
  nextMaintenanceEndsAt: Date | null;
  message: LocalizedText | null;
}

/** The status at the time of the request, under the configured maintenance window. */
export function currentServiceStatus(scope: RequestScope): ServiceStatusNotice {
  const { config } = scope;
  const status = serviceStatusAt(scope.now, config.maintenanceWindow);
  if (status.open) return { ...status, reopensAt: null, message: null };
  const message = maintenanceMessage(status.reopensAt, config.timeZone);
  const { reopensAt } = status;
  return { open: false, reopensAt, nextMaintenanceStartsAt: null, nextMaintenanceEndsAt: null, message };
}
