import type { Config } from "@cws/config";
import type { AccountLanguage } from "./accounts/account.entity.ts";
import type { RequestOrigin } from "./audit/audit-log.ts";
import type { Em } from "./database/orm.ts";

/**
 * What every service gets first: the request's own entity manager, the settings the rules
 * need (windows, branding, time zone), the time the request is handled at, and who sent it
 * (client address and user agent, for throttling and the audit trail).
 */
export interface RequestScope {
  em: Em;
  config: Config;
  now: Date;
  origin: RequestOrigin;
  /** The language the client uses the web app in (its language cookie); unknown when absent. */
  language?: AccountLanguage;
}

/** The signed-in customer as services need them: identifiers only, never a password hash. */
export interface CustomerPrincipal {
  accountId: string;
  policyholderId: string;
  /** Where the customer's mail goes. */
  email: string;
  /** The session the request came with (logout ends it; a password change keeps it). */
  sessionId: string;
}

/** The scope of a request made by a signed-in customer: services for customers take this. */
export interface CustomerScope extends RequestScope {
  customer: CustomerPrincipal;
}
