import type { Config } from "@cws/config";

type SessionSettings = Config["sessions"];

/** Activity is written at most this often, so every request need not write. */
export const TOUCH_EVERY_MS = 60_000;

/** Why a session is over at `now` (its absolute end first, then idleness), or null while it lives. */
export function sessionTimeout(
  session: { lastSeenAt: Date; expiresAt: Date },
  settings: SessionSettings,
  now: Date,
): "ABSOLUTE_TIMEOUT" | "IDLE_TIMEOUT" | null {
  const idleEnd = session.lastSeenAt.getTime() + settings.idleMinutes * 60_000;
  if (now.getTime() >= session.expiresAt.getTime()) return "ABSOLUTE_TIMEOUT";
  return now.getTime() >= idleEnd ? "IDLE_TIMEOUT" : null;
}

/** Whether this request should record the session's activity (at most once a minute). */
export function sessionNeedsTouch(session: { lastSeenAt: Date }, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS;
}
