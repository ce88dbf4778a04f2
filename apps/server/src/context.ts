import type { Config } from "@cws/config";
import {
  type AccountLanguage,
  type Clock,
  type CustomerScope,
  type Em,
  type PrincipalCache,
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
  /**
   * Drops the caller's account from this instance's session cache: called after every
   * mutation, so what it changed (a logout, a new password or address) holds on this
   * instance's very next request; other instances hear it from the database.
   */
  forgetCallerPrincipal(): void;
}

export interface ContextDeps {
  config: Config;
  clock: Clock;
  em: Em;
  throttle: Throttle;
  /** Live sessions' principals in memory (off with SESSION_CACHE=off). */
  principals?: PrincipalCache | undefined;
}

/** What every copy of one request's context shares: the fork, once made, and the sessions, once read. */
interface RequestState {
  forked?: Em;
  session?: Promise<SessionPrincipal | null>;
  /** The session's principal once read. */
  principal?: SessionPrincipal | null;
  staffSession?: Promise<StaffPrincipal | null>;
}

/**
 * One request's context. A class, so that `em` is a getter on the prototype: Apollo copies
 * the context of every request with Object.assign, which calls own getters (that forked an
 * entity manager for `{ __typename }`) but keeps the prototype. The fork is made when a
 * resolver first needs it, and every copy and every scope shares it through `state`.
 */
class RequestContext implements Context {
  readonly config: Config;
  readonly clock: Clock;
  readonly client: ClientInfo;
  readonly throttle: Throttle;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly deps: ContextDeps;
  readonly now: Date;
  readonly language: AccountLanguage | undefined;
  readonly state: RequestState = {};

  constructor(deps: ContextDeps, request: FastifyRequest, reply: FastifyReply) {
    this.deps = deps;
    this.config = deps.config;
    this.clock = deps.clock;
    this.throttle = deps.throttle;
    this.request = request;
    this.reply = reply;
    this.client = {
      ip: request.ip,
      userAgent: String(request.headers["user-agent"] ?? "").slice(0, 500),
      requestId: request.id,
    };
    this.now = deps.clock.now();
    this.language = readLanguage(request);
  }

  get em(): Em {
    return (this.state.forked ??= this.deps.em.fork());
  }

  scope(): RequestScope {
    const em = () => this.em;
    const scope = {
      get em() {
        return em();
      },
      config: this.config,
      now: this.now,
      origin: this.client,
    };
    return this.language ? { ...scope, language: this.language } : scope;
  }

  async customerScope(): Promise<CustomerScope> {
    const { sessionId, accountId, policyholderId, email } = await requireCustomer(this);
    const customer = { accountId, policyholderId, email, sessionId };
    const scope = {
      em: this.em,
      config: this.config,
      now: this.now,
      origin: this.client,
      customer,
    };
    return this.language ? { ...scope, language: this.language } : scope;
  }

  session(): Promise<SessionPrincipal | null> {
    const token = readSessionToken(this.request);
    this.state.session ??= token
      ? resumePrincipal(this.em, token, this.config.sessions, this.now, this.deps.principals).then(
          (principal) => (this.state.principal = principal),
        )
      : Promise.resolve(null);
    return this.state.session;
  }

  forgetCallerPrincipal(): void {
    const accountId = this.state.principal?.accountId;
    if (accountId) this.deps.principals?.forgetAccount(accountId);
  }

  staffSession(): Promise<StaffPrincipal | null> {
    const token = readBearerToken(this.request);
    this.state.staffSession ??= token
      ? resumeStaffSession({ em: this.em, config: this.config, now: this.now }, token)
      : Promise.resolve(null);
    return this.state.staffSession;
  }

  async staffScope(): Promise<StaffScope> {
    const staff = await this.staffSession();
    if (!staff) {
      throw readBearerToken(this.request)
        ? edgeError("UNAUTHENTICATED", { message: STAFF_MESSAGES.STAFF_SESSION_EXPIRED })
        : edgeError("UNAUTHENTICATED");
    }
    return { em: this.em, config: this.config, now: this.now, origin: this.client, staff };
  }
}

export function createContext(
  deps: ContextDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Context {
  return new RequestContext(deps, request, reply);
}
