import type { Config } from "@cws/config";
import type { Account } from "../accounts/account.entity.ts";
import type { RequestOrigin } from "../audit/audit-log.ts";
import type { Em } from "../database/orm.ts";
import { hashToken, newToken } from "../links/tokens.ts";
import { Session } from "./session.entity.ts";

type SessionSettings = Config["sessions"];

/** Adds a session to the caller's unit of work; returns the token to hand to the browser or tool. */
export function openSession(
  em: Em,
  account: Account,
  settings: SessionSettings,
  now: Date,
  origin: RequestOrigin,
): { session: Session; token: string } {
  const token = newToken();
  const session = em.create(Session, {
    tokenHash: hashToken(token),
    account,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + settings.absoluteHours * 3_600_000),
    clientIp: origin.ip.slice(0, 64),
    userAgent: origin.userAgent.slice(0, 500),
  });
  return { session, token };
}

/**
 * {@link openSession} as one raw insert through the caller's entity manager (so in its
 * transaction), for the login's hot path: the same columns, token hash and timeouts, with no
 * entity to track and flush. Returns the token to hand to the browser or tool.
 */
export async function insertSession(
  em: Em,
  accountId: string,
  settings: SessionSettings,
  now: Date,
  origin: RequestOrigin,
): Promise<{ token: string }> {
  const token = newToken();
  const at = now.toISOString();
  await em.execute(
    `insert into "session" ("token_hash", "account_id", "created_at", "last_seen_at",
    "expires_at", "client_ip", "user_agent") values (?, ?, ?, ?, ?, ?, ?)`,
    [
      hashToken(token),
      accountId,
      at,
      at,
      new Date(now.getTime() + settings.absoluteHours * 3_600_000).toISOString(),
      origin.ip.slice(0, 64),
      origin.userAgent.slice(0, 500),
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
