import type { QueryResult } from "@mikro-orm/core";
import type { Em } from "../database/orm.ts";
import type { IdentityChangeNotApplied, ImportResult } from "./import-run.entity.ts";

// The staged rows of one import as a relation, typed; every statement below starts from it.
const STAGED = `staged as (
  select r."row_number", d.* from "import_row" r
  cross join lateral jsonb_to_record(r."data") as d(
    "groupName" text, "employeeNumber" text, "familyName" text, "givenName" text,
    "familyNameKana" text, "givenNameKana" text, "birthDate" date, "emailOnFile" text)
  where r."import_id" = ?)`;

const MATCHED = `${STAGED}, matched as (
  select s.*, p."id" as "pid",
    exists (select 1 from "account" a where a."policyholder_id" = p."id") as "registered",
    (p."family_name", p."given_name", p."family_name_kana", p."given_name_kana", p."birth_date")
      is distinct from (s."familyName", s."givenName", s."familyNameKana", s."givenNameKana", s."birthDate")
      as "identityChanged",
    p."email_on_file" is distinct from s."emailOnFile" as "emailChanged"
  from staged s join "policyholder" p on p."group_name" = s."groupName" and p."employee_number" = s."employeeNumber")`;

// A registered customer proved their identity against these fields; changing them under
// the customer is the agency's call after a look, so they are reported, not applied.
const CHANGES = `${MATCHED}
  select m."row_number", m."groupName", m."employeeNumber",
    p."family_name" is distinct from m."familyName" or p."given_name" is distinct from m."givenName" as "name",
    p."family_name_kana" is distinct from m."familyNameKana"
      or p."given_name_kana" is distinct from m."givenNameKana" as "kana",
    p."birth_date" is distinct from m."birthDate" as "birthDate"
  from matched m join "policyholder" p on p."id" = m."pid"
  where m."registered" and m."identityChanged" order by m."row_number"`;

const UPDATE = `with ${MATCHED}
  update "policyholder" p set
    "family_name" = case when m."registered" then p."family_name" else m."familyName" end,
    "given_name" = case when m."registered" then p."given_name" else m."givenName" end,
    "family_name_kana" = case when m."registered" then p."family_name_kana" else m."familyNameKana" end,
    "given_name_kana" = case when m."registered" then p."given_name_kana" else m."givenNameKana" end,
    "birth_date" = case when m."registered" then p."birth_date" else m."birthDate" end,
    "email_on_file" = m."emailOnFile"
  from matched m
  where p."id" = m."pid" and (m."emailChanged" or (m."identityChanged" and not m."registered"))`;

const INSERT = `with ${STAGED}
  insert into "policyholder" ("family_name", "given_name", "family_name_kana", "given_name_kana", "birth_date",
    "employee_number", "group_name", "email_on_file", "created_at")
  select s."familyName", s."givenName", s."familyNameKana", s."givenNameKana", s."birthDate",
    s."employeeNumber", s."groupName", s."emailOnFile", ?
  from staged s
  where not exists (
    select 1 from "policyholder" p where p."group_name" = s."groupName" and p."employee_number" = s."employeeNumber")
  on conflict do nothing`;

/**
 * Applies a staged policyholder import inside the caller's transaction, set-based: one
 * statement reports, one updates, one inserts. Upsert by group + 社員番号.
 */
export async function commitPolicyholders(
  tem: Em,
  importId: string,
  now: Date,
): Promise<ImportResult> {
  const [total] = await tem.execute<{ count: string }[]>(
    `select count(*) as "count" from "import_row" where "import_id" = ?`,
    [importId],
  );
  const changes = await tem.execute<
    {
      row_number: number;
      groupName: string;
      employeeNumber: string;
      name: boolean;
      kana: boolean;
      birthDate: boolean;
    }[]
  >(`with ${CHANGES}`, [importId]);
  const updated = await tem.execute<QueryResult>(UPDATE, [importId], "run");
  const inserted = await tem.execute<QueryResult>(INSERT, [importId, now], "run");
  const identityChangesNotApplied: IdentityChangeNotApplied[] = changes.map((c) => ({
    rowNumber: c.row_number,
    groupName: c.groupName,
    employeeNumber: c.employeeNumber,
    fields: [
      c.name ? "name" : null,
      c.kana ? "kana" : null,
      c.birthDate ? "birthDate" : null,
    ].filter((f): f is string => f !== null),
  }));
  const count = Number(total?.count ?? 0);
  return {
    inserted: inserted.affectedRows,
    updated: updated.affectedRows,
    unchanged: count - inserted.affectedRows - updated.affectedRows,
    identityChangesNotApplied,
  };
}
