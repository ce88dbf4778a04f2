import { raw, type LockMode } from "@mikro-orm/core";
import type { Em } from "../database/orm.ts";
import { type PreparedRead, readPrepared } from "../database/prepared-reads.ts";
import type { FieldError } from "../errors/field-error.ts";
import { Account, userIdKeyOf } from "./account.entity.ts";

/**
 * What a customer types into ユーザーID on the login form: the user ID, or the registered
 * e-mail address (what customers who forgot their ID try). The rule that keeps this
 * unambiguous:
 *
 * 1. A user ID matches first. User IDs are unique (`account_user_id_key_unique`).
 * 2. Otherwise the e-mail address matches when exactly one account has it (case-insensitive).
 *    Accounts sharing an address (a household's) log in by user ID only.
 * 3. A user ID that contains "@" must be the account's own e-mail address when it is chosen
 *    ({@link userIdRuleErrors}), so a custom ID can never look like someone else's address.
 *
 * Both lookups are one statement, so an ID, an address and an unknown name cost the same.
 */
export async function findLoginAccounts(
  em: Em,
  identifier: string,
  lockMode?: LockMode.PESSIMISTIC_WRITE,
): Promise<Account[]> {
  const key = userIdKeyOf(identifier);
  return em.find(
    Account,
    // `lower(email)` is what the index of migration 0010 covers.
    { $or: [{ userIdKey: key }, { [raw((alias) => `lower(${alias}.email)`)]: key }] },
    lockMode === undefined ? {} : { lockMode },
  );
}

/** What the password check before the lock needs of an account: its secrets, as a plain row. */
export interface LoginCandidate {
  id: string;
  userIdKey: string;
  email: string;
  passwordHash: string;
  temporaryPasswordHash: string | null;
  temporaryPasswordExpiresAt: Date | null;
}

interface LoginCandidateRow {
  id: string;
  user_id_key: string;
  email: string;
  password_hash: string;
  temporary_password_hash: string | null;
  temporary_password_expires_at: Date | string | null;
}

// The same lookup as {@link findLoginAccounts}, six columns in one prepared statement where the
// entity read hydrated seventeen. `lower("email")` is what the index of migration 0010 covers.
const LOGIN_CANDIDATES_READ: PreparedRead = {
  name: "cws_login_candidates",
  sql: `select "id", "user_id_key", "email", "password_hash", "temporary_password_hash",
  "temporary_password_expires_at" from "account" where "user_id_key" = ? or lower("email") = ?`,
};

/** {@link findLoginAccounts} without a lock, as plain rows: the unlocked read before argon2. */
export async function readLoginCandidates(em: Em, identifier: string): Promise<LoginCandidate[]> {
  const key = userIdKeyOf(identifier);
  const rows = await readPrepared<LoginCandidateRow>(em, LOGIN_CANDIDATES_READ, [key, key]);
  return rows.map((row) => ({
    id: row.id,
    userIdKey: row.user_id_key,
    email: row.email,
    passwordHash: row.password_hash,
    temporaryPasswordHash: row.temporary_password_hash ?? null,
    temporaryPasswordExpiresAt:
      row.temporary_password_expires_at === null || row.temporary_password_expires_at === undefined
        ? null
        : new Date(row.temporary_password_expires_at),
  }));
}

/**
 * Applies the rule to the accounts {@link findLoginAccounts} or {@link readLoginCandidates}
 * returned: one rule for the entities and the plain rows.
 */
export function pickLoginAccount<T extends { userIdKey: string; email: string }>(
  candidates: readonly T[],
  identifier: string,
): T | null {
  const key = userIdKeyOf(identifier);
  const byUserId = candidates.find((a) => a.userIdKey === key);
  if (byUserId) return byUserId;
  const byEmail = candidates.filter((a) => a.email.toLowerCase() === key);
  return byEmail.length === 1 ? byEmail[0]! : null;
}

/** Why a user ID chosen for an account with this e-mail address is refused by rule 3. */
export function userIdRuleErrors(userId: string, email: string, field = "userId"): FieldError[] {
  if (!userId.includes("@") || userIdKeyOf(userId) === email.toLowerCase()) return [];
  return [
    {
      field,
      code: "USER_ID_NOT_OWN_EMAIL",
      message: {
        ja: "「@」を含むユーザーIDは、ご登録のメールアドレスと同じものに限りご利用いただけます。",
        en: "A user ID containing “@” must be your registered e-mail address.",
      },
    },
  ];
}
