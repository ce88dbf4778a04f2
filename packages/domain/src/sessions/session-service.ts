import type { Config } from "@cws/config";
import type { Account } from "../accounts/account.entity.ts";
import type { RequestOrigin } from "../audit/audit-log.ts";
import type { Em } from "../database/orm.ts";
import { hashToken, newToken } from "../links/tokens.ts";
import { Session } from "./session.entity.ts";

type SessionSettings = Config["sessions"];

/** A new session's token and stored values: one rule for {@link openSession} and {@link insertSession}. */
function newSessionValues(settings: SessionSettings, now: Date, origin: RequestOrigin) {
  const token = newToken();
  const values = {
    tokenHash: hashToken(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + settings.absoluteHours * 3_600_000),
    clientIp: origin.ip.slice(0, 64),
    userAgent: origin.userAgent.slice(0, 500),
  };
  return { token, values };
}

/** Adds a session to the caller's unit of work; returns the token to hand to the browser or tool. */
export function openSession(
  em: Em,
  account: Account,
  settings: SessionSettings,
  now: Date,
  origin: RequestOrigin,
): { session: Session; token: string } {
  const { token, values } = newSessionValues(settings, now, origin);
  return { session: em.create(Session, { ...values, account }), token };
}

/**
 * {@link openSession} as one raw insert through the caller's entity manager (so in its
 * transaction), for the login's hot path: the same values, with no entity to track and
 * flush. Returns the token to hand to the browser or tool.
 */
export async function insertSession(
  em: Em,
  accountId: string,
  settings: SessionSettings,
  now: Date,
  origin: RequestOrigin,
): Promise<{ token: string }> {
  const { token, values: v } = newSessionValues(settings, now, origin);
  await em.execute(
    `insert into "session" ("token_hash", "account_id", "created_at", "last_seen_at",
    "expires_at", "client_ip", "user_agent") values (?, ?, ?, ?, ?, ?, ?)`,
    [
      v.tokenHash,
      accountId,
      v.createdAt.toISOString(),
      v.lastSeenAt.toISOString(),
      v.expiresAt.toISOString(),
      v.clientIp,
      v.userAgent,
    ],
  );
  return { token };
}

/** Ends one session (logout). */
export async function endSession(
  em: Em,
  sessionId: string,
  now: Date,
  reason = "LOGOUT",
): Promise<void> {
  await em.nativeUpdate(
    Session,
    { id: sessionId, endedAt: null },
    { endedAt: now, endReason: reason },
  );
}

/** Ends every live session of an account but, optionally, one (after a password change or reset). */
export async function endOtherSessions(
  em: Em,
  accountId: string,
  now: Date,
  reason: string,
  keepSessionId?: string,
): Promise<number> {
  const where = keepSessionId
    ? { account: accountId, endedAt: null, id: { $ne: keepSessionId } }
    : { account: accountId, endedAt: null };
  return em.nativeUpdate(Session, where, { endedAt: now, endReason: reason });
}
