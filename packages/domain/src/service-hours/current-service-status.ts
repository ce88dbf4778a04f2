import type { Config } from "@cws/config";
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

type ServiceHoursSettings = Pick<Config, "maintenanceWindow" | "timeZone">;

const MINUTE = 60_000;

// The status is asked on every request (the maintenance plugin) and costs a few wall-clock
// conversions plus, while closed, two formatted dates. Windows start and end on whole minutes
// of zones whose offsets are whole minutes, so the answer is the same for every instant of
// one minute: it is computed once per minute (and per window, for tests that vary it).
let cached:
  | {
      minute: number;
      window: Config["maintenanceWindow"];
      timeZone: string;
      notice: ServiceStatusNotice;
    }
  | undefined;

function computeNotice(now: Date, settings: ServiceHoursSettings): ServiceStatusNotice {
  const status = serviceStatusAt(now, settings.maintenanceWindow);
  if (status.open) return { ...status, reopensAt: null, message: null };
  const message = maintenanceMessage(status.reopensAt, settings.timeZone);
  const { reopensAt } = status;
  return {
    open: false,
    reopensAt,
    nextMaintenanceStartsAt: null,
    nextMaintenanceEndsAt: null,
    message,
  };
}

/**
 * The status at `now` under a maintenance window; computed at most once per minute (the result is
 * shared, do not mutate it).
 */
export function serviceStatusNoticeAt(
  now: Date,
  settings: ServiceHoursSettings,
): ServiceStatusNotice {
  const minute = Math.floor(now.getTime() / MINUTE);
  const { maintenanceWindow: window, timeZone } = settings;
  if (cached?.minute !== minute || cached.window !== window || cached.timeZone !== timeZone) {
    cached = { minute, window, timeZone, notice: Object.freeze(computeNotice(now, settings)) };
  }
  return cached.notice;
}

/** The status at the time of the request, under the configured maintenance window. */
export function currentServiceStatus(scope: RequestScope): ServiceStatusNotice {
  return serviceStatusNoticeAt(scope.now, scope.config);
}
