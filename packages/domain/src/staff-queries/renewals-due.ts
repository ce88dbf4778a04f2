import { visibleGroupNames } from "../agencies/agency-scope.ts";
import {
  ONLINE_RENEWABLE_PRODUCTS,
  renewalWindow,
  type RenewalWindow,
} from "../contracts/renewal-eligibility.ts";
import type { Product } from "../contracts/contract.entity.ts";
import type { StaffScope } from "../staff/staff-scope.ts";
import { addDays } from "../time/calendar-date.ts";
import { calendarDateOf } from "../time/japan-time.ts";
import { decodeCursor, encodeCursor, jsonList, pageSize } from "./sql-lists.ts";

/** The longest look-ahead accepted, in days. */
export const RENEWALS_DUE_MAX_DAYS = 366;

export interface RenewalDue {
  contractId: string;
  policyNumber: string;
  product: Product;
  onlineRenewable: boolean;
  policyholder: {
    id: string;
    groupName: string;
    employeeNumber: string;
    name: string;
    kana: string;
  };
  /** Whether the customer has an account (can renew online themselves). */
  registered: boolean;
  period: { startsOn: string; endsOn: string };
  window: RenewalWindow & { open: boolean };
}

interface Row {
  contract_id: string;
  policy_number: string;
  product: Product;
  pid: string;
  group_name: string;
  employee_number: string;
  family_name: string;
  given_name: string;
  family_name_kana: string;
  given_name_kana: string;
  starts_on: string;
  ends_on: string;
  registered: boolean;
}

// Candidate periods: not followed by another period (so not renewed), ending from today on
// and no later than the last expiry whose window opens within the look-ahead.
const CANDIDATES = `select c."id" as "contract_id", c."policy_number", c."product", p."id" as "pid", p."group_name",
    p."employee_number",
    p."family_name", p."given_name", p."family_name_kana",
    p."given_name_kana", cp."starts_on"::text, cp."ends_on"::text,
    exists (select 1 from "account" a where a."policyholder_id" = p."id") as "registered"
  from "contract_period" cp join "contract" c on c."id" = cp."contract_id"
  join "policyholder" p on p."id" = c."policyholder_id"
  where cp."ends_on" >= ?::date and cp."ends_on" <= ?::date
    and not exists (select 1 from "contract_period" n where n."contract_id" = c."id" and n."starts_on" > cp."starts_on")
    and (?::boolean or p."group_name" in (select jsonb_array_elements_text(?::jsonb)))
    and (?::text is null or p."group_name" = ?::text)
    and (cp."ends_on", c."policy_number") > (?::date, ?::text)
  order by cp."ends_on", c."policy_number" limit ?`;

/**
 * Contracts whose renewal window is open today or opens within `withinDays`, not yet
 * renewed, registered customers or not, in expiry order, a page at a time. The window is
 * the domain's own {@link renewalWindow}; an AGENT sees their agency's groups only.
 */
export async function renewalsDue(
  scope: StaffScope,
  input: { withinDays?: number; groupName?: string | null; after?: string | null; limit?: number },
): Promise<{ items: RenewalDue[]; nextCursor: string | null }> {
  const today = calendarDateOf(scope.now, scope.config.timeZone);
  const windowDays = scope.config.renewal.windowDays;
  const within = Math.min(RENEWALS_DUE_MAX_DAYS, Math.max(0, Math.floor(input.withinDays ?? 30)));
  const horizon = addDays(today, within);
  const limit = pageSize(input.limit);
  const groups = await visibleGroupNames(scope.em, scope.staff);
  const [afterEnds, afterNumber] = decodeCursor(input.after, 2) ?? ["0001-01-01", ""];
  const group = input.groupName?.normalize("NFKC").trim() || null;
  const rows = await scope.em.execute<Row[]>(CANDIDATES, [
    today,
    addDays(horizon, windowDays),
    groups === null,
    jsonList(groups ?? []),
    group,
    group,
    afterEnds,
    afterNumber,
    limit + 1,
  ]);
  const page = rows.slice(0, limit);
  const items = page.flatMap((r): RenewalDue[] => {
    const period = { startsOn: r.starts_on, endsOn: r.ends_on };
    const window = renewalWindow(period, windowDays);
    // The SQL bound is wide; the window rule itself decides (it never opens before the period starts).
    if (window.opensOn > horizon || window.closesOn < today) return [];
    return [
      {
        contractId: r.contract_id,
        policyNumber: r.policy_number,
        product: r.product,
        onlineRenewable: ONLINE_RENEWABLE_PRODUCTS.includes(r.product),
        policyholder: {
          id: r.pid,
          groupName: r.group_name,
          employeeNumber: r.employee_number,
          name: `${r.family_name} ${r.given_name}`,
          kana: `${r.family_name_kana} ${r.given_name_kana}`,
        },
        registered: r.registered,
        period,
        window: { ...window, open: window.opensOn <= today },
      },
    ];
  });
  const last = page.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last ? encodeCursor([last.ends_on, last.policy_number]) : null,
  };
}
