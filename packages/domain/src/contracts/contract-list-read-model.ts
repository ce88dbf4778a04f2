import { type PreparedRead, readPrepared } from "../database/prepared-reads.ts";
import type { CustomerScope } from "../request-scope.ts";
import type { Product } from "./contract.entity.ts";
import { type ContractSummary, type PeriodSummary, summarizeContract } from "./contract-list.ts";
import { renewalDay } from "./renewal-day.ts";

interface ContractListRow {
  id: string;
  policy_number: string;
  concluded_on: string;
  product: Product;
  description: string;
  /** json_agg of the periods: the driver hands it back parsed (or as text on some drivers). */
  periods: PeriodSummary[] | string;
}

// The home page's list is the hottest authenticated read: hydrating Contract and
// ContractPeriod entities cost more CPU than everything else in the request. One statement
// returns plain rows, the periods of each contract aggregated as JSON (dates as text, as the
// entities carry them), in the ORM path's order. A prepared statement on PostgreSQL.
const CONTRACT_LIST_READ: PreparedRead = {
  name: "cws_contract_list",
  sql: `select c."id", c."policy_number",
c."concluded_on"::text as concluded_on, c."product", c."description",
  coalesce(json_agg(json_build_object('startsOn', p."starts_on"::text, 'endsOn', p."ends_on"::text,
    'nonFleetGrade', p."non_fleet_grade", 'premiumYen',
    p."premium_yen", 'renewalReference', r."reference")) filter (where p."id" is not null),
    '[]'::json) as periods
  from "contract" c left join "contract_period" p on p."contract_id" = c."id"
  left join "renewal_request" r on r."contract_period_id" = p."id"
  where c."policyholder_id" = ?
  group by c."id"
  order by c."policy_number" asc`,
};

/**
 * The signed-in customer's contracts, as {@link listContracts} lists them, in one SQL
 * statement whatever the number of contracts and periods. The rules (current period,
 * eligibility) are the same function's: {@link summarizeContract}.
 */
export async function listContractsReadModel(scope: CustomerScope): Promise<ContractSummary[]> {
  const { today, windowDays } = renewalDay(scope);
  const rows = await readPrepared<ContractListRow>(scope.em, CONTRACT_LIST_READ, [
    scope.customer.policyholderId,
  ]);
  return rows.map((row) => {
    const periods =
      typeof row.periods === "string" ? (JSON.parse(row.periods) as PeriodSummary[]) : row.periods;
    const facts = {
      id: row.id,
      policyNumber: row.policy_number,
      concludedOn: row.concluded_on,
      product: row.product,
      description: row.description,
    };
    return summarizeContract({ ...facts, periods }, today, windowDays);
  });
}
