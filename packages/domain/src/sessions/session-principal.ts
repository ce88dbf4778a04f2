import type { Config } from "@cws/config";
import type { RequiredAction } from "../accounts/account.entity.ts";
import type { Em } from "../database/orm.ts";
import { type PreparedRead, readPrepared } from "../database/prepared-reads.ts";
import { hashToken, looksLikeToken } from "../links/tokens.ts";
import type { PrincipalCache } from "./principal-cache.ts";
import type { SessionPrincipal } from "./principal.ts";
import { Session } from "./session.entity.ts";
import { sessionNeedsTouch, sessionTimeout } from "./session-timeouts.ts";

interface PrincipalRow {
  session_id: string;
  last_seen_at: Date | string;
  expires_at: Date | string;
  account_id: string;
  policyholder_id: string;
  email: string;
  required_action: RequiredAction | null;
}

// Every authenticated request runs this: seven columns as plain values, where loading the
// session with its account and policyholder hydrated thirty (password hashes included).
// A prepared statement on PostgreSQL: planned once per connection.
const PRINCIPAL_READ: PreparedRead = {
  name: "cws_session_principal",
  sql: `select s."id" as session_id, s."last_seen_at", s."expires_at", a."id" as account_id,
  a."policyholder_id", a."email", a."required_action"
  from "session" s join "account" a on a."id" = s."account_id"
  where s."token_hash" = ? and s."ended_at" is null`,
};

/**
 * The principal of the live session a token names, or null. Ends a session that has been idle
 * too long or reached its absolute end, and records activity at most once a minute.
 *
 * With a {@link PrincipalCache}, a session seen less than a minute ago and not timed out is
 * answered from memory (no statement); every decision — a timeout, the activity write — and
 * every miss reads the database, and what it reads is kept unless a change was heard meanwhile.
 */
export async function resumePrincipal(
  em: Em,
  token: string,
  settings: Config["sessions"],
  now: Date,
  cache?: PrincipalCache,
): Promise<SessionPrincipal | null> {
  if (!looksLikeToken(token)) return null;
  const tokenHash = hashToken(token);
  const cached = cache?.get(tokenHash);
  if (cached && !sessionTimeout(cached, settings, now) && !sessionNeedsTouch(cached, now))
    return cached;
  const mark = cache?.mark() ?? 0;
  const [row] = await readPrepared<PrincipalRow>(em, PRINCIPAL_READ, [tokenHash]);
  if (!row) {
    cache?.forget(tokenHash);
    return null;
  }
  const principal: SessionPrincipal = {
    sessionId: row.session_id,
    lastSeenAt: new Date(row.last_seen_at),
    expiresAt: new Date(row.expires_at),
    accountId: row.account_id,
    policyholderId: row.policyholder_id,
    email: row.email,
    requiredAction: row.required_action ?? null,
  };
  const reason = sessionTimeout(principal, settings, now);
  if (reason) {
    await em.nativeUpdate(
      Session,
      { id: principal.sessionId, endedAt: null },
      { endedAt: now, endReason: reason },
    );
    cache?.forget(tokenHash);
    return null;
  }
  if (sessionNeedsTouch(principal, now)) {
    await em.nativeUpdate(Session, { id: principal.sessionId }, { lastSeenAt: now });
    principal.lastSeenAt = now;
  }
  cache?.keep(tokenHash, principal, mark);
  return principal;
}

export type { SessionPrincipal } from "./principal.ts";
