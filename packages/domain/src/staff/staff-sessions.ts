import type { Config } from "@cws/config";
import type { RequestOrigin } from "../audit/audit-log.ts";
import type { Em } from "../database/orm.ts";
import { hashToken, looksLikeToken, newToken } from "../links/tokens.ts";
import type { StaffAccount } from "./staff-account.entity.ts";
import type { StaffPrincipal } from "./staff-scope.ts";
import { StaffSession } from "./staff-session.entity.ts";

type StaffSessionSettings = Config["staffSessions"];

/** Activity is written at most this often, so every request need not write. */
const TOUCH_EVERY_MS = 60_000;

/** Adds a staff session to the caller's unit of work; returns the bearer token (never stored). */
export function openStaffSession(
  em: Em,
  staff: StaffAccount,
  settings: StaffSessionSettings,
  now: Date,
  origin: RequestOrigin,
): string {
  const token = newToken();
  em.create(StaffSession, {
    tokenHash: hashToken(token),
    staff,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + settings.absoluteHours * 3_600_000),
    clientIp: origin.ip.slice(0, 64),
    userAgent: origin.userAgent.slice(0, 500),
  });
  return token;
}

/**
 * The staff member behind a bearer token, or null for anything that is not a live session
 * of an enabled account. A session idle longer than STAFF_SESSION_IDLE_MINUTES (15 by
 * default) or past its absolute end is ended here.
 */
export async function resumeStaffSession(
  scope: { em: Em; config: Config; now: Date },
  token: string,
): Promise<StaffPrincipal | null> {
  const { em, now } = scope;
  const settings = scope.config.staffSessions;
  if (!looksLikeToken(token)) return null;
  const session = await em.findOne(
    StaffSession,
    { tokenHash: hashToken(token), endedAt: null },
    { populate: ["staff"] },
  );
  if (!session) return null;
  const idleEnd = session.lastSeenAt.getTime() + settings.idleMinutes * 60_000;
  const reason =
    session.staff.disabledAt != null
      ? "DISABLED"
      : now.getTime() >= session.expiresAt.getTime()
        ? "ABSOLUTE_TIMEOUT"
        : now.getTime() >= idleEnd
          ? "IDLE_TIMEOUT"
          : null;
  if (reason) {
    await em.nativeUpdate(
      StaffSession,
      { id: session.id, endedAt: null },
      { endedAt: now, endReason: reason },
    );
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await em.nativeUpdate(StaffSession, { id: session.id }, { lastSeenAt: now });
  }
  return {
    staffId: session.staff.id,
    role: session.staff.role,
    agencyId: session.staff.agency.id,
    sessionId: session.id,
  };
}
