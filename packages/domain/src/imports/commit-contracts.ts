import type { Em } from "../database/orm.ts";
import type { ImportResult } from "./import-run.entity.ts";

// The staged contract rows with their policyholder resolved (checked when staged).
const STAGED = `staged as (
  select r."row_number", d.*, p."id" as "policyholderId" from "import_row" r
  cross join lateral jsonb_to_record(r."data") as d(
    "policyNumber" text, "groupName" text, "employeeNumber" text, "product" text, "description" text,
    "concludedOn" date, "periodStartsOn" date, "periodEndsOn" date, "nonFleetGrade" int, "claimsThisPeriod" int,
    "basePremiumYen" int, "groupDiscountPercent" int, "premiumYen" int)
  join "policyholder" p on p."group_name" = d."groupName" and p."employee_number" = d."employeeNumber"
  where r."import_id" = ?)`;

const CONTRACT_DIFFERS = `(c."policyholder_id", c."product", c."description", c."concluded_on", c."non_fleet_grade",
    c."claims_this_period", c."group_discount_percent", c."base_premium_yen")
  is distinct from (s."policyholderId", s."product", s."description", s."concludedOn", s."nonFleetGrade",
    s."claimsThisPeriod", s."groupDiscountPercent", s."basePremiumYen")`;

const PERIOD_DIFFERS = `(cp."ends_on", cp."non_fleet_grade", cp."premium_yen")
  is distinct from (s."periodEndsOn", s."nonFleetGrade", s."premiumYen")`;

// Counted before anything is written: a row is inserted (new contract), updated (the
// contract or its period changes, or the period is new) or unchanged.
const CLASSIFY = `with ${STAGED}
  select count(*) filter (where c."id" is null) as "inserted",
    count(*) filter (where c."id" is not null
      and (${CONTRACT_DIFFERS} or cp."id" is null or ${PERIOD_DIFFERS})) as "updated",
    count(*) as "total"
  from staged s left join "contract" c on c."policy_number" = s."policyNumber"
  left join "contract_period" cp on cp."contract_id" = c."id" and cp."starts_on" = s."periodStartsOn"`;

const UPDATE_CONTRACTS = `with ${STAGED}
  update "contract" c set "policyholder_id" = s."policyholderId", "product" = s."product",
    "description" = s."description",
    "concluded_on" = s."concludedOn", "non_fleet_grade" = s."nonFleetGrade",
    "claims_this_period" = s."claimsThisPeriod",
    "group_discount_percent" = s."groupDiscountPercent", "base_premium_yen" = s."basePremiumYen"
  from staged s where c."policy_number" = s."policyNumber" and ${CONTRACT_DIFFERS}`;

const INSERT_CONTRACTS = `with ${STAGED}
  insert into "contract" ("policy_number", "policyholder_id", "product", "description", "concluded_on",
    "non_fleet_grade",
    "claims_this_period", "group_discount_percent", "base_premium_yen", "created_at")
  select s."policyNumber", s."policyholderId", s."product", s."description", s."concludedOn", s."nonFleetGrade",
    s."claimsThisPeriod", s."groupDiscountPercent", s."basePremiumYen", ?
  from staged s where not exists (select 1 from "contract" c where c."policy_number" = s."policyNumber")
  on conflict do nothing`;

const UPDATE_PERIODS = `with ${STAGED}
  update "contract_period" cp
  set "ends_on" = s."periodEndsOn", "non_fleet_grade" = s."nonFleetGrade", "premium_yen" = s."premiumYen"
  from staged s join "contract" c on c."policy_number" = s."policyNumber"
  where cp."contract_id" = c."id" and cp."starts_on" = s."periodStartsOn" and ${PERIOD_DIFFERS}`;

const INSERT_PERIODS = `with ${STAGED}
  insert into "contract_period" ("contract_id", "starts_on", "ends_on", "non_fleet_grade", "premium_yen", "created_at")
  select c."id", s."periodStartsOn", s."periodEndsOn", s."nonFleetGrade", s."premiumYen", ?
  from staged s join "contract" c on c."policy_number" = s."policyNumber"
  where not exists (
    select 1 from "contract_period" cp where cp."contract_id" = c."id" and cp."starts_on" = s."periodStartsOn")
  on conflict do nothing`;

/**
 * Applies a staged contract import inside the caller's transaction, set-based. Upsert by
 * 契約番号; the period named in the row is upserted by (contract, start date), so periods
 * added by online renewals are kept.
 */
export async function commitContracts(tem: Em, importId: string, now: Date): Promise<ImportResult> {
  const [counts] = await tem.execute<{ inserted: string; updated: string; total: string }[]>(
    CLASSIFY,
    [importId],
  );
  await tem.execute(UPDATE_CONTRACTS, [importId], "run");
  await tem.execute(INSERT_CONTRACTS, [importId, now], "run");
  await tem.execute(UPDATE_PERIODS, [importId], "run");
  await tem.execute(INSERT_PERIODS, [importId, now], "run");
  const inserted = Number(counts?.inserted ?? 0);
  const updated = Number(counts?.updated ?? 0);
  return {
    inserted,
    updated,
    unchanged: Number(counts?.total ?? 0) - inserted - updated,
    identityChangesNotApplied: [],
  };
}
