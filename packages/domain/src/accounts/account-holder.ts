import { wrap } from "@mikro-orm/core";
import type { Em } from "../database/orm.ts";
import type { Policyholder } from "../policyholders/policyholder.entity.ts";
import type { Account } from "./account.entity.ts";

/** The policyholder behind an account, loaded once if the account came without it. */
export async function policyholderOf(em: Em, account: Account): Promise<Policyholder> {
  if (!wrap(account.policyholder).isInitialized()) await em.populate(account, ["policyholder"]);
  return account.policyholder;
}
