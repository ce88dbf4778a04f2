import type { Em } from "../database/orm.ts";
import { boundSql } from "./bound-sql.ts";
import type { IdentityChangeNotApplied, ImportResult } from "./import-run.entity.ts";

/*
 * The whole commit of a policyholder import is ONE statement. Its parts (the staged rows,
 * their match in "policyholder", the report, the update and the insert) all see the table as
 * it was before the statement, so the report names the values the file would change, the
 * update touches only rows that were there and the insert only rows that were not. The
 * staged JSON is decoded once (a materialised CTE) instead of once per step, and nothing
 * but the counts and the report comes back to Node.
 */
const COMMIT = `with staged as materialized (
  select r."row_number", d.* from "import_row" r
  cross join lateral jsonb_to_record(r."data") as d(
    "groupName" text, "employeeNumber" text, "familyName" text, "givenName" text,
    "familyNameKana" text, "givenNameKana" text, "birthDate" date, "emailOnFile" text)
  where r."import_id" = $1),
matched as materialized (
  select s."row_number", s."groupName", s."employeeNumber", s."familyName", s."givenName",
    s."familyNameKana", s."givenNameKana", s."birthDate", s."emailOnFile", p."id" as "pid",
    exists (select 1 from "account" a where a."policyholder_id" = p."id") as "registered",
    (p."family_name", p."given_name") is distinct from (s."familyName", s."givenName") as "name",
    (p."family_name_kana", p."given_name_kana") is distinct from (s."familyNameKana", s."givenNameKana") as "kana",
    p."birth_date" is distinct from s."birthDate" as "birth",
    p."email_on_file" is distinct from s."emailOnFile" as "email"
  from staged s
  join "policyholder" p on p."group_name" = s."groupName" and p."employee_number" = s."employeeNumber"),
updated as (
  update "policyholder" p set
    "family_name" = case when m."registered" then p."family_name" else m."familyName" end,
    "given_name" = case when m."registered" then p."given_name" else m."givenName" end,
    "family_name_kana" = case when m."registered" then p."family_name_kana" else m."familyNameKana" end,
    "given_name_kana" = case when m."registered" then p."given_name_kana" else m."givenNameKana" end,
    "birth_date" = case when m."registered" then p."birth_date" else m."birthDate" end,
    "email_on_file" = m."emailOnFile"
  from matched m
  where p."id" = m."pid" and (m."email" or (not m."registered" and (m."name" or m."kana" or m."birth")))
  returning 1),
inserted as (
  insert into "policyholder" ("family_name", "given_name", "family_name_kana", "given_name_kana", "birth_date",
    "employee_number", "group_name", "email_on_file", "created_at")
  select s."familyName", s."givenName", s."familyNameKana", s."givenNameKana", s."birthDate",
    s."employeeNumber", s."groupName", s."emailOnFile", $2
  from staged s
  where not exists (select 1 from matched m where m."row_number" = s."row_number")
  on conflict do nothing
  returning 1)
select (select count(*) from staged) as "total",
  (select count(*) from updated) as "updated",
  (select count(*) from inserted) as "inserted",
  (select coalesce(json_agg(json_build_object(
      'rowNumber', m."row_number", 'groupName', m."groupName", 'employeeNumber', m."employeeNumber",
      'fields', array_remove(array[
        case when m."name" then 'name' end,
        case when m."kana" then 'kana' end,
        case when m."birth" then 'birthDate' end], null)
    ) order by m."row_number"), '[]')::text
   from matched m where m."registered" and (m."name" or m."kana" or m."birth")) as "changes"`;

/**
 * Applies a staged policyholder import inside the caller's transaction, set-based, upsert by
 * group + 社員番号. A registered customer proved their identity against name, kana and birth
 * date; changing them under the customer is the agency's call after a look, so those are
 * reported, not applied (the e-mail on file still is).
 */
export async function commitPolicyholders(
  tem: Em,
  importId: string,
  now: Date,
): Promise<ImportResult> {
  const { rows } = await boundSql<{
    total: string;
    updated: string;
    inserted: string;
    changes: string;
  }>(tem, COMMIT, [importId, now]);
  const row = rows[0];
  const inserted = Number(row?.inserted ?? 0);
  const updated = Number(row?.updated ?? 0);
  return {
    inserted,
    updated,
    unchanged: Number(row?.total ?? 0) - inserted - updated,
    identityChangesNotApplied: JSON.parse(row?.changes ?? "[]") as IdentityChangeNotApplied[],
  };
}
