import { recordAudit } from "../audit/audit-log.ts";
import type { RequestScope } from "../request-scope.ts";
import { Account } from "./account.entity.ts";

/** Staff lift a lockout before it runs out. */
export async function unlockAccount(
  scope: RequestScope,
  input: { accountId: string; staffId: string | null },
): Promise<boolean> {
  const { now, origin } = scope;
  return scope.em.transactional(async (tem) => {
    const account = await tem.findOne(Account, { id: input.accountId });
    if (!account) return false;
    account.clearLockout(now);
    const { staffId } = input;
    const policyholderId = account.policyholder.id;
    recordAudit(tem, {
      type: "ACCOUNT_UNLOCKED",
      at: now,
      origin,
      accountId: account.id,
      policyholderId,
      staffId,
    });
    return true;
  });
}
