import type { CustomerScope } from "../request-scope.ts";
import { calendarDateOf } from "../time/japan-time.ts";

/** What the 「継続手続完了のお知らせ」 states: who, which contract, the renewed period and its price. */
export interface RenewalCertificate {
  insurerName: string;
  insurerLegalName: string;
  /** The agency handling the customer's group, or the configured agency name. */
  agencyName: string;
  customerName: string;
  contractId: string;
  policyNumber: string;
  /** 契約内容. */
  description: string;
  /** The renewed period, YYYY-MM-DD; `endsOn` is its 満期日. */
  startsOn: string;
  endsOn: string;
  nonFleetGrade: number;
  premiumYen: number;
  groupDiscountPercent: number;
  /** 受付番号 of the renewal. */
  receiptNumber: string;
  /** When the customer completed the renewal. */
  renewedAt: Date;
  /** The day the document is issued (today in the service time zone), YYYY-MM-DD. */
  issuedOn: string;
  desk: { name: string; phone: string; hours: string };
}

interface CertificateRow {
  contract_id: string;
  policy_number: string;
  description: string;
  group_discount_percent: number;
  family_name: string;
  given_name: string;
  starts_on: string;
  ends_on: string;
  non_fleet_grade: number;
  premium_yen: number;
  reference: string;
  renewed_at: Date | string;
  agency_name: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The latest period made by an online renewal of the customer's own contract that has not
// ended yet; the agency comes from the employer group mapping when there is one.
const CERTIFICATE_SQL = `select c."id" as contract_id, c."policy_number", c."description",
  c."group_discount_percent", ph."family_name", ph."given_name",
  p."starts_on"::text as starts_on, p."ends_on"::text as ends_on, p."non_fleet_grade",
  p."premium_yen", r."reference", r."created_at" as renewed_at, ag."name" as agency_name
from "contract" c
join "policyholder" ph on ph."id" = c."policyholder_id"
join "contract_period" p on p."contract_id" = c."id"
join "renewal_request" r on r."contract_period_id" = p."id"
left join "employer_group" g on g."name" = ph."group_name"
left join "agency" ag on ag."id" = g."agency_id"
where c."id" = ? and c."policyholder_id" = ? and p."ends_on" >= ?::date
order by p."starts_on" desc
limit 1`;

/**
 * The renewal certificate of one of the signed-in customer's contracts, from the online
 * renewal until the end of the renewed period. Null when the contract is not the
 * customer's (or does not exist, or the id is malformed), was not renewed online, or the
 * renewed period has ended: the caller answers all of these alike (404), so nobody learns
 * whether another customer's contract exists.
 */
export async function findRenewalCertificate(
  scope: CustomerScope,
  contractId: string,
): Promise<RenewalCertificate | null> {
  if (!UUID.test(contractId)) return null;
  const { config } = scope;
  const today = calendarDateOf(scope.now, config.timeZone);
  const rows = await scope.em.execute<CertificateRow[]>(CERTIFICATE_SQL, [
    contractId,
    scope.customer.policyholderId,
    today,
  ]);
  const row = rows[0];
  if (!row) return null;
  const { branding } = config;
  return {
    insurerName: branding.insurerName,
    insurerLegalName: branding.insurerLegalName,
    agencyName: row.agency_name ?? branding.agencyName,
    customerName: `${row.family_name} ${row.given_name}`,
    contractId: row.contract_id,
    policyNumber: row.policy_number,
    description: row.description,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    nonFleetGrade: row.non_fleet_grade,
    premiumYen: row.premium_yen,
    groupDiscountPercent: row.group_discount_percent,
    receiptNumber: row.reference,
    renewedAt: new Date(row.renewed_at),
    issuedOn: today,
    desk: branding.desk,
  };
}

/** A certificate the customer can download now: which contract, and the renewed period. */
export interface AvailableRenewalCertificate {
  contractId: string;
  policyNumber: string;
  description: string;
  startsOn: string;
  endsOn: string;
}

interface AvailableRow {
  contract_id: string;
  policy_number: string;
  description: string;
  starts_on: string;
  ends_on: string;
}

// Per contract of the customer, the latest online renewal whose period has not ended.
const AVAILABLE_SQL = `select distinct on (c."id") c."id" as contract_id, c."policy_number",
  c."description", p."starts_on"::text as starts_on, p."ends_on"::text as ends_on
from "contract" c
join "contract_period" p on p."contract_id" = c."id"
join "renewal_request" r on r."contract_period_id" = p."id"
where c."policyholder_id" = ? and p."ends_on" >= ?::date
order by c."id", p."starts_on" desc`;

/**
 * The renewal certificates the signed-in customer can download today (the same rule as
 * {@link findRenewalCertificate}), by policy number: what the home page offers.
 */
export async function listRenewalCertificates(
  scope: CustomerScope,
): Promise<AvailableRenewalCertificate[]> {
  const today = calendarDateOf(scope.now, scope.config.timeZone);
  const rows = await scope.em.execute<AvailableRow[]>(AVAILABLE_SQL, [
    scope.customer.policyholderId,
    today,
  ]);
  return rows
    .map((row) => ({
      contractId: row.contract_id,
      policyNumber: row.policy_number,
      description: row.description,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    }))
    .sort((a, b) =>
      a.policyNumber < b.policyNumber ? -1 : a.policyNumber > b.policyNumber ? 1 : 0,
    );
}
