import type { FilterQuery } from "@mikro-orm/core";
import { Account } from "../accounts/account.entity.ts";
import { visiblePolicyholders } from "../agencies/agency-scope.ts";
import { Contract } from "../contracts/contract.entity.ts";
import { normalizeKana } from "../identity/name-normalizer.ts";
import {
  OutboxMessage,
  UNDELIVERED_STATUSES,
  type OutboxStatus,
} from "../mail/outbox-message.entity.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import type { StaffScope } from "../staff/staff-scope.ts";
import { jsonList } from "./sql-lists.ts";

export const CUSTOMER_LOOKUP_KEYS = ["EMPLOYEE_NUMBER", "KANA", "EMAIL", "POLICY_NUMBER"] as const;
/**
 * What staff search by: 社員番号, kana (family name, or family + given name), e-mail (on file or the
 * account's) or 契約番号.
 */
export type CustomerLookupKey = (typeof CUSTOMER_LOOKUP_KEYS)[number];

/** The longest search text accepted. */
export const CUSTOMER_LOOKUP_MAX_LENGTH = 254;
const MAX_RESULTS = 50;

export interface CustomerMailSummary {
  id: string;
  kind: string;
  status: OutboxStatus;
  to: string;
  createdAt: Date;
  lastError: string | null;
}

/** What staff see of a customer on the phone: identity, registration, lock and mail state. */
export interface CustomerSummary {
  policyholderId: string;
  groupName: string;
  employeeNumber: string;
  name: string;
  kana: string;
  birthDate: string;
  emailOnFile: string | null;
  account: {
    accountId: string;
    userId: string;
    email: string;
    locked: boolean;
    lockedUntil: Date | null;
    lastLoginAt: Date | null;
  } | null;
  /** Mails still to be delivered or given up on, newest first. */
  mails: CustomerMailSummary[];
}

async function matching(
  scope: StaffScope,
  key: CustomerLookupKey,
  text: string,
): Promise<FilterQuery<Policyholder> | null> {
  const value = text.normalize("NFKC").trim();
  if (value === "") return null;
  if (key === "EMPLOYEE_NUMBER") return { employeeNumber: value.replace(/\s/g, "") };
  if (key === "POLICY_NUMBER") {
    const contract = await scope.em.findOne(
      Contract,
      { policyNumber: value.replace(/\s/g, "") },
      { fields: ["policyholder"] },
    );
    return contract ? { id: contract.policyholder.id } : null;
  }
  if (key === "EMAIL") {
    const lower = value.toLowerCase();
    const accounts = await scope.em.find(
      Account,
      { email: { $ilike: lower } },
      { fields: ["policyholder"], limit: MAX_RESULTS },
    );
    return {
      $or: [
        { emailOnFile: { $ilike: lower } },
        { id: { $in: accounts.map((a) => a.policyholder.id) } },
      ],
    };
  }
  // Kana: a family name alone, or family + given name written together in any split.
  const kana = normalizeKana(value);
  const splits = [...kana]
    .map((_, i) => i)
    .slice(1)
    .map((i) => ({
      familyNameKana: [...kana].slice(0, i).join(""),
      givenNameKana: [...kana].slice(i).join(""),
    }));
  return { $or: [{ familyNameKana: kana }, ...splits] };
}

async function lastLogins(scope: StaffScope, accountIds: string[]): Promise<Map<string, Date>> {
  if (accountIds.length === 0) return new Map();
  const rows = await scope.em.execute<{ account_id: string; at: Date }[]>(
    `select "account_id", max("created_at") as "at" from "session"
      where "account_id" in (select jsonb_array_elements_text(?::jsonb)::uuid) group by "account_id"`,
    [jsonList(accountIds)],
  );
  return new Map(rows.map((r) => [r.account_id, new Date(r.at)]));
}

/**
 * Finds customers for a staff member, within their agency: another agency's customer is
 * simply not found. At most 50 results.
 */
export async function customerLookup(
  scope: StaffScope,
  input: { by: CustomerLookupKey; value: string },
): Promise<CustomerSummary[]> {
  if (
    !CUSTOMER_LOOKUP_KEYS.includes(input.by) ||
    typeof input.value !== "string" ||
    input.value.length > CUSTOMER_LOOKUP_MAX_LENGTH
  )
    return [];
  const where = await matching(scope, input.by, input.value);
  if (!where) return [];
  const people = await scope.em.find(
    Policyholder,
    await visiblePolicyholders(scope.em, scope.staff, where),
    {
      orderBy: { groupName: "asc", employeeNumber: "asc" },
      limit: MAX_RESULTS,
    },
  );
  const accounts = await scope.em.find(Account, { policyholder: { $in: people.map((p) => p.id) } });
  const accountOf = new Map(accounts.map((a) => [a.policyholder.id, a]));
  const logins = await lastLogins(
    scope,
    accounts.map((a) => a.id),
  );
  const addresses = [
    ...new Set(
      people
        .flatMap((p) => [p.emailOnFile, accountOf.get(p.id)?.email])
        .filter((a): a is string => Boolean(a)),
    ),
  ];
  const mails =
    addresses.length === 0
      ? []
      : await scope.em.find(
          OutboxMessage,
          { toAddress: { $in: addresses }, status: { $in: [...UNDELIVERED_STATUSES] } },
          { orderBy: { createdAt: "desc" }, limit: 500 },
        );
  return people.map((p) => {
    const account = accountOf.get(p.id);
    const mine = new Set([p.emailOnFile, account?.email].filter(Boolean));
    return {
      policyholderId: p.id,
      groupName: p.groupName,
      employeeNumber: p.employeeNumber,
      name: p.fullName,
      kana: p.fullNameKana,
      birthDate: p.birthDate,
      emailOnFile: p.emailOnFile ?? null,
      account: account
        ? {
            accountId: account.id,
            userId: account.userId,
            email: account.email,
            locked: account.isLockedAt(scope.now),
            lockedUntil: account.isLockedAt(scope.now) ? (account.lockedUntil ?? null) : null,
            lastLoginAt: logins.get(account.id) ?? null,
          }
        : null,
      mails: mails
        .filter((m) => mine.has(m.toAddress))
        .map((m) => ({
          id: m.id,
          kind: m.kind,
          status: m.status,
          to: m.toAddress,
          createdAt: m.createdAt,
          lastError: m.lastError ?? null,
        })),
    };
  });
}
