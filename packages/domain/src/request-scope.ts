import type { Config } from "@cws/config";
import type { RequestOrigin } from "./audit/audit-log.ts";
import type { Em } from "./database/orm.ts";

/**
 * What a service needs from the request it serves: the request's own entity manager,
 * the settings, the time the request is handled at, and who sent it (for the audit trail).
 */
export interface RequestScope {
  em: Em;
  config: Config;
  now: Date;
  origin: RequestOrigin;
}
