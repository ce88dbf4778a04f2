import { Account } from "./account.entity.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { customerUrls } from "../links/customer-urls.ts";
import { queueMail } from "../mail/outbox.ts";
import { temporaryPasswordIssuedMail } from "../mail/templates/temporary-password-issued.ts";
import { generateTemporaryPassword, hashPassword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";

/**
 * Staff issue a random temporary password (single use, 72 h by default) and hand it to the
 * customer themselves; the mail only says one was issued. Logging in with it leaves the
 * account with the required action CHANGE_PASSWORD.
 */
export async function issueTemporaryPassword(
  scope: RequestScope,
  input: { accountId: string; staffId: string | null },
): Promise<{ temporaryPassword: string; expiresAt: Date } | null> {
  const { config, now, origin } = scope;
  const temporaryPassword = generateTemporaryPassword();
  const hash = await hashPassword(temporaryPassword);
  const expiresAt = new Date(now.getTime() + config.passwords.temporaryHours * 3_600_000);
  return scope.em.transactional(async (tem) => {
    const account = await tem.findOne(Account, { id: input.accountId });
    if (!account) return null;
    account.temporaryPasswordHash = hash;
    account.temporaryPasswordExpiresAt = expiresAt;
    account.updatedAt = now;
    queueMail(tem, {
      to: account.email,
      kind: "temporary-password-issued",
      content: temporaryPasswordIssuedMail({
        branding: config.branding,
        loginUrl: customerUrls(config.http.publicUrl).login,
        // Staff issue it: the customer's own language, as last used in the web app.
        language: account.language,
      }),
      now,
    });
    recordAudit(tem, {
      type: "TEMPORARY_PASSWORD_ISSUED",
      at: now,
      origin,
      accountId: account.id,
      policyholderId: account.policyholder.id,
      staffId: input.staffId,
      detail: { expiresAt: expiresAt.toISOString() },
    });
    return { temporaryPassword, expiresAt };
  });
}
