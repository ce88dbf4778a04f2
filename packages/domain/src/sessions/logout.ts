import { recordAudit } from "../audit/audit-log.ts";
import type { CustomerScope } from "../request-scope.ts";
import { endSession } from "./session-service.ts";

/** Ends the customer's current session, with its audit row in the same transaction. */
export async function logout(scope: CustomerScope): Promise<void> {
  const { now, origin, customer } = scope;
  await scope.em.transactional(async (tem) => {
    await endSession(tem, customer.sessionId, now);
    const { accountId, policyholderId } = customer;
    recordAudit(tem, { type: "LOGOUT", at: now, origin, accountId, policyholderId });
  });
}
