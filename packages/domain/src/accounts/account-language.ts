import type { CustomerScope } from "../request-scope.ts";
import { Account, type AccountLanguage } from "./account.entity.ts";

/**
 * Remembers the language the signed-in customer switched the web app to, so the mails
 * sent to them later open with an English line when it is English. Not audited: it
 * changes no access and no contract, only the courtesy line of a mail.
 */
export async function setAccountLanguage(
  scope: CustomerScope,
  language: AccountLanguage,
): Promise<AccountLanguage> {
  await scope.em.transactional(async (tem) => {
    const account = await tem.findOneOrFail(Account, { id: scope.customer.accountId });
    if (account.language === language) return;
    account.language = language;
    account.updatedAt = scope.now;
  });
  return language;
}
