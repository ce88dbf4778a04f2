import type { RequiredAction } from "../accounts/account.entity.ts";

/** Who a live session belongs to, as every authenticated request needs it: no password hash, no entity. */
export interface SessionPrincipal {
  sessionId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  accountId: string;
  policyholderId: string;
  email: string;
  requiredAction: RequiredAction | null;
}
