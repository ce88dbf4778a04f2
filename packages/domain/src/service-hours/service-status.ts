import type { MaintenanceWindow } from "@cws/config";
import { wallClock } from "../time/japan-time.ts";

/** Whether the service is open at a moment, and when a maintenance window started and ends. */
export type ServiceStatus =
  | { open: true; nextMaintenanceStartsAt: Date | null; nextMaintenanceEndsAt: Date | null }
  | { open: false; maintenanceStartedAt: Date; reopensAt: Date };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The instant at which a wall-clock time occurs in a zone (zones without DST gaps, such as
 * Asia/Tokyo, map one to one).
 */
function instantOf(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): Date {
  const guess = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const local = wallClock(new Date(guess), timeZone);
  const offset = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) - guess;
  return new Date(guess - offset);
}

/**
 * Computes the service status at `now` for a weekly window in the window's own time zone
 * (Japan time by default), whatever the server clock's zone is.
 */
export function serviceStatusAt(now: Date, window: MaintenanceWindow | null): ServiceStatus {
  if (!window) return { open: true, nextMaintenanceStartsAt: null, nextMaintenanceEndsAt: null };
  const local = wallClock(now, window.timeZone);
  const localDay = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  const minuteOfDay = local.hour * 60 + local.minute + local.second / 60;

  // Today's window, counted from the local midnight of the day the window falls on.
  const daysUntil = (window.weekday - localDay + 7) % 7;
  const base = new Date(Date.UTC(local.year, local.month - 1, local.day) + daysUntil * DAY);
  const start = instantOf(
    base.getUTCFullYear(),
    base.getUTCMonth() + 1,
    base.getUTCDate(),
    window.startMinute,
    window.timeZone,
  );
  const end = new Date(start.getTime() + (window.endMinute - window.startMinute) * MINUTE);

  if (daysUntil === 0 && minuteOfDay >= window.startMinute && minuteOfDay < window.endMinute) {
    return { open: false, maintenanceStartedAt: start, reopensAt: end };
  }
  const next =
    daysUntil === 0 && minuteOfDay >= window.endMinute
      ? new Date(start.getTime() + 7 * DAY)
      : start;
  return {
    open: true,
    nextMaintenanceStartsAt: next,
    nextMaintenanceEndsAt: new Date(
      next.getTime() + (window.endMinute - window.startMinute) * MINUTE,
    ),
  };
}
