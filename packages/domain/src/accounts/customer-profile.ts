import type { Em } from "../database/orm.ts";
import { type PreparedRead, readPrepared } from "../database/prepared-reads.ts";
import type { Account, RequiredAction } from "./account.entity.ts";
import { policyholderOf } from "./account-holder.ts";

/** What the customer's own screens show of their account and policyholder record (`me`). */
export interface CustomerProfile {
  userId: string;
  email: string;
  mailOptIn: boolean;
  requiredAction: RequiredAction | null;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  /** YYYY-MM-DD */
  birthDate: string;
}

interface ProfileRow {
  user_id: string;
  email: string;
  mail_opt_in: boolean;
  required_action: RequiredAction | null;
  family_name: string;
  given_name: string;
  family_name_kana: string;
  given_name_kana: string;
  birth_date: string;
}

// `me` is read by every page of the web app: nine columns in one prepared statement, where
// loading the account and its policyholder as entities hydrated both in full.
const PROFILE_READ: PreparedRead = {
  name: "cws_customer_profile",
  sql: `select a."user_id", a."email", a."mail_opt_in", a."required_action", p."family_name",
  p."given_name", p."family_name_kana", p."given_name_kana", p."birth_date"::text as birth_date
  from "account" a join "policyholder" p on p."id" = a."policyholder_id"
  where a."id" = ?`,
};

/** The signed-in customer's profile, by account id; null if the account is gone. */
export async function customerProfile(em: Em, accountId: string): Promise<CustomerProfile | null> {
  const [row] = await readPrepared<ProfileRow>(em, PROFILE_READ, [accountId]);
  if (!row) return null;
  return {
    userId: row.user_id,
    email: row.email,
    mailOptIn: row.mail_opt_in,
    requiredAction: row.required_action ?? null,
    familyName: row.family_name,
    givenName: row.given_name,
    familyNameKana: row.family_name_kana,
    givenNameKana: row.given_name_kana,
    birthDate: row.birth_date,
  };
}

/** The same profile from an account entity a service just wrote (after login, settings, a new password). */
export async function profileOfAccount(em: Em, account: Account): Promise<CustomerProfile> {
  const holder = await policyholderOf(em, account);
  return {
    userId: account.userId,
    email: account.email,
    mailOptIn: account.mailOptIn,
    requiredAction: account.requiredAction ?? null,
    familyName: holder.familyName,
    givenName: holder.givenName,
    familyNameKana: holder.familyNameKana,
    givenNameKana: holder.givenNameKana,
    birthDate: holder.birthDate,
  };
}
