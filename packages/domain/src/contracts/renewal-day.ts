import type { RequestScope } from "../request-scope.ts";
import { calendarDateOf } from "../time/japan-time.ts";

/** What the renewal rules judge a request by: its calendar day in the service time zone and the configured window. */
export function renewalDay(scope: RequestScope): { today: string; windowDays: number } {
  return {
    today: calendarDateOf(scope.now, scope.config.timeZone),
    windowDays: scope.config.renewal.windowDays,
  };
}
