import type { Em } from "../database/orm.ts";
import { boundSql } from "./bound-sql.ts";
import type { ImportResult } from "./import-run.entity.ts";

/*
 * The whole commit of a contract import is ONE statement, like the policyholder commit:
 * the staged rows are decoded once, matched once with the contract and the period they
 * name, and every part sees the tables as they were before the statement. A period of a
 * contract new in this file takes the contract's id from the contract INSERT's RETURNING
 * (the foreign key is checked at the end of the statement, when that contract exists).
 */
const COMMIT = `with staged as materialized (
  select r."row_number", d.*, p."id" as "policyholderId" from "import_row" r
  cross join lateral jsonb_to_record(r."data") as d(
    "policyNumber" text, "groupName" text, "employeeNumber" text, "product" text, "description" text,
    "concludedOn" date, "periodStartsOn" date, "periodEndsOn" date, "nonFleetGrade" int, "claimsThisPeriod" int,
    "basePremiumYen" int, "groupDiscountPercent" int, "premiumYen" int)
  join "policyholder" p on p."group_name" = d."groupName" and p."employee_number" = d."employeeNumber"
  where r."import_id" = $1),
matched as materialized (
  select s.*, c."id" as "contractId", cp."id" as "periodId",
    c."id" is not null and (c."policyholder_id", c."product", c."description", c."concluded_on",
      c."non_fleet_grade", c."claims_this_period", c."group_discount_percent", c."base_premium_yen")
      is distinct from (s."policyholderId", s."product", s."description", s."concludedOn",
      s."nonFleetGrade", s."claimsThisPeriod", s."groupDiscountPercent", s."basePremiumYen") as "contractDiffers",
    cp."id" is not null and (cp."ends_on", cp."non_fleet_grade", cp."premium_yen")
      is distinct from (s."periodEndsOn", s."nonFleetGrade", s."premiumYen") as "periodDiffers"
  from staged s
  left join "contract" c on c."policy_number" = s."policyNumber"
  left join "contract_period" cp on cp."contract_id" = c."id" and cp."starts_on" = s."periodStartsOn"),
updated_contracts as (
  update "contract" c set "policyholder_id" = m."policyholderId", "product" = m."product",
    "description" = m."description", "concluded_on" = m."concludedOn", "non_fleet_grade" = m."nonFleetGrade",
    "claims_this_period" = m."claimsThisPeriod", "group_discount_percent" = m."groupDiscountPercent",
    "base_premium_yen" = m."basePremiumYen"
  from matched m where c."id" = m."contractId" and m."contractDiffers"
  returning 1),
inserted_contracts as (
  insert into "contract" ("policy_number", "policyholder_id", "product", "description", "concluded_on",
    "non_fleet_grade", "claims_this_period", "group_discount_percent", "base_premium_yen", "created_at")
  select m."policyNumber", m."policyholderId", m."product", m."description", m."concludedOn", m."nonFleetGrade",
    m."claimsThisPeriod", m."groupDiscountPercent", m."basePremiumYen", $2
  from matched m where m."contractId" is null
  on conflict do nothing
  returning "id", "policy_number"),
updated_periods as (
  update "contract_period" cp
  set "ends_on" = m."periodEndsOn", "non_fleet_grade" = m."nonFleetGrade", "premium_yen" = m."premiumYen"
  from matched m where cp."id" = m."periodId" and m."periodDiffers"
  returning 1),
inserted_periods as (
  insert into "contract_period" ("contract_id", "starts_on", "ends_on", "non_fleet_grade", "premium_yen", "created_at")
  select coalesce(m."contractId", n."id"), m."periodStartsOn", m."periodEndsOn", m."nonFleetGrade", m."premiumYen", $2
  from matched m left join inserted_contracts n on n."policy_number" = m."policyNumber"
  where m."periodId" is null and coalesce(m."contractId", n."id") is not null
  on conflict do nothing
  returning 1)
select count(*) filter (where m."contractId" is null) as "inserted",
  count(*) filter (where m."contractId" is not null
    and (m."contractDiffers" or m."periodId" is null or m."periodDiffers")) as "updated",
  count(*) as "total"
from matched m`;

/**
 * Applies a staged contract import inside the caller's transaction, set-based. Upsert by
 * 契約番号; the period named in the row is upserted by (contract, start date), so periods
 * added by online renewals are kept. A row is inserted (new contract), updated (the
 * contract or its period changes, or the period is new) or unchanged.
 */
export async function commitContracts(tem: Em, importId: string, now: Date): Promise<ImportResult> {
  const { rows } = await boundSql<{ inserted: string; updated: string; total: string }>(
    tem,
    COMMIT,
    [importId, now],
  );
  const counts = rows[0];
  const inserted = Number(counts?.inserted ?? 0);
  const updated = Number(counts?.updated ?? 0);
  return {
    inserted,
    updated,
    unchanged: Number(counts?.total ?? 0) - inserted - updated,
    identityChangesNotApplied: [],
  };
}
