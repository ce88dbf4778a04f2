import { Account } from "../accounts/account.entity.ts";
import { findVisiblePolicyholder } from "../agencies/agency-scope.ts";
import { issueTemporaryPassword } from "../accounts/temporary-password.ts";
import { unlockAccount } from "../accounts/unlock-account.ts";
import { staffFailure, type StaffFailure } from "../staff/staff-messages.ts";
import { looksLikeUuid, type StaffScope } from "../staff/staff-scope.ts";

/** The customer account a staff member may act on: within their agency, else the same answer as an unknown one. */
async function visibleAccount(scope: StaffScope, accountId: string): Promise<Account | null> {
  if (!looksLikeUuid(accountId)) return null;
  const account = await scope.em.findOne(Account, { id: accountId });
  if (!account) return null;
  return (await findVisiblePolicyholder(scope.em, scope.staff, account.policyholder.id))
    ? account
    : null;
}

/**
 * Staff issue a temporary password (random, single use, 72 h by default) for a customer
 * of their agency; it is returned once, to be handed over, and the audit row names them.
 */
export async function staffIssueTemporaryPassword(
  scope: StaffScope,
  input: { accountId: string },
): Promise<
  { ok: true; temporaryPassword: string; expiresAt: Date } | StaffFailure<"RECORD_NOT_FOUND">
> {
  const account = await visibleAccount(scope, input.accountId);
  if (!account) return staffFailure("RECORD_NOT_FOUND");
  const issued = await issueTemporaryPassword(scope, {
    accountId: account.id,
    staffId: scope.staff.staffId,
  });
  return issued ? { ok: true, ...issued } : staffFailure("RECORD_NOT_FOUND");
}

/** Staff lift a customer's lockout before it runs out; the audit row names them. */
export async function staffUnlockAccount(
  scope: StaffScope,
  input: { accountId: string },
): Promise<{ ok: true } | StaffFailure<"RECORD_NOT_FOUND">> {
  const account = await visibleAccount(scope, input.accountId);
  if (!account) return staffFailure("RECORD_NOT_FOUND");
  return (await unlockAccount(scope, { accountId: account.id, staffId: scope.staff.staffId }))
    ? { ok: true }
    : staffFailure("RECORD_NOT_FOUND");
}
