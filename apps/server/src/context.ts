import type { Config } from "@cws/config";
import {
  type Clock,
  type CustomerScope,
  type Em,
  type RequestScope,
  type SessionPrincipal,
  type StaffPrincipal,
  type StaffScope,
  resumePrincipal,
  resumeStaffSession,
  STAFF_MESSAGES,
} from "@cws/domain";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Throttle } from "./http/throttle.ts";
import { edgeError } from "./graphql/edge-error.ts";
import { requireCustomer } from "./graphql/require-customer.ts";
import { readLanguage } from "./http/language-cookie.ts";
import { readBearerToken, readSessionToken } from "./http/session-cookie.ts";

/** Who is calling, for throttling and the audit trail. */
export interface ClientInfo {
  ip: string;
  userAgent: string;
  requestId: string;
}

/** What every resolver gets: one forked entity manager per request (forked on first use), settings, the clock. */
export interface Context {
  config: Config;
  clock: Clock;
  em: Em;
  client: ClientInfo;
  throttle: Throttle;
  request: FastifyRequest;
  reply: FastifyReply;
  /** The scope services run in, stamped with the time the request arrived. */
  scope(): RequestScope;
  /** The scope of a signed-in customer's request; UNAUTHENTICATED without a live session. */
  customerScope(): Promise<CustomerScope>;
  /** Who the caller's live session belongs to, if any (memoised per request; a narrow lookup, no entity). */
  session(): Promise<SessionPrincipal | null>;
  /**
   * The scope of a signed-in staff member's request (bearer token only, never the cookie);
   * UNAUTHENTICATED without one, worded "session expired" when a token was sent but is not
   * a live staff session (idle, past its end, logged out, disabled, or a customer's token).
   */
  staffScope(): Promise<StaffScope>;
  /** The staff member behind the bearer token, if any (memoised per request). */
  staffSession(): Promise<StaffPrincipal | null>;
}

export interface ContextDeps {
  config: Config;
  clock: Clock;
  em: Em;
  throttle: Throttle;
}

export function createContext(
  deps: ContextDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Context {
  // A fork per request keeps each request's identity map its own; it is made when a resolver
  // first needs it, so `{ __typename }` or the status never pays for it. A closure, not a field
  // set later: Apollo may copy the context object (executeOperation does), and every copy and
  // every scope must share the one fork.
  let forked: Em | undefined;
  const em = () => (forked ??= deps.em.fork());
  const client = {
    ip: request.ip,
    userAgent: String(request.headers["user-agent"] ?? "").slice(0, 500),
    requestId: request.id,
  };
  const now = deps.clock.now();
  const language = readLanguage(request);
  let session: Promise<SessionPrincipal | null> | undefined;
  let staffSession: Promise<StaffPrincipal | null> | undefined;
  // `em` is a getter on the prototype, not an own property: Apollo copies the context of every
  // request with Object.assign, which would call an own getter and fork for nothing.
  const lazyEm = Object.create(null, {
    em: { get: em, enumerable: false },
  }) as { readonly em: Em };
  const context: Context = Object.assign(Object.create(lazyEm) as { readonly em: Em }, {
    config: deps.config,
    clock: deps.clock,
    client,
    throttle: deps.throttle,
    request,
    reply,
    scope: () => ({
      get em() {
        return em();
      },
      config: deps.config,
      now,
      origin: client,
      ...(language ? { language } : {}),
    }),
    async customerScope() {
      const { sessionId, accountId, policyholderId, email } = await requireCustomer(context);
      const customer = { accountId, policyholderId, email, sessionId };
      const scope = { em: em(), config: deps.config, now, origin: client, customer };
      return language ? { ...scope, language } : scope;
    },
    session() {
      const token = readSessionToken(request);
      session ??= token
        ? resumePrincipal(em(), token, deps.config.sessions, now)
        : Promise.resolve(null);
      return session;
    },
    staffSession() {
      const token = readBearerToken(request);
      staffSession ??= token
        ? resumeStaffSession({ em: em(), config: deps.config, now }, token)
        : Promise.resolve(null);
      return staffSession;
    },
    async staffScope() {
      const staff = await context.staffSession();
      if (!staff) {
        throw readBearerToken(request)
          ? edgeError("UNAUTHENTICATED", { message: STAFF_MESSAGES.STAFF_SESSION_EXPIRED })
          : edgeError("UNAUTHENTICATED");
      }
      return { em: em(), config: deps.config, now, origin: client, staff };
    },
  });
  return context;
}
