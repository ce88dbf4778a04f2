import type { Em } from "../database/orm.ts";
import type { FieldError } from "../errors/field-error.ts";
import type { StaffPrincipal } from "../staff/staff-scope.ts";
import { boundSql } from "./bound-sql.ts";
import { cellError } from "./import-cells.ts";
import type { ImportKind } from "./import-run.entity.ts";

/** A row that passed the cell checks, with what the database checks need. */
export interface CheckedRow {
  rowNumber: number;
  key: string;
  groupName: string;
  employeeNumber: string;
  data: object;
}

/**
 * Groups the staff member may load: a group must be mapped to an agency, and for an AGENT
 * to their own. An unknown group and another agency's group get the same row error. One
 * query per batch: the batch's group names with the agency each is mapped to.
 */
export async function groupErrors(
  em: Em,
  staff: StaffPrincipal,
  kind: ImportKind,
  rows: CheckedRow[],
): Promise<Map<number, FieldError>> {
  if (rows.length === 0) return new Map();
  const names = [...new Set(rows.map((r) => r.groupName))];
  const { rows: groups } = await boundSql<{ name: string; agency_id: string }>(
    em,
    `select "name", "agency_id" from "employer_group" where "name" = any($1::text[])`,
    [names],
  );
  const allowed = new Set(
    groups
      .filter((g) => staff.role === "ADMIN" || g.agency_id === staff.agencyId)
      .map((g) => g.name),
  );
  return new Map(
    rows
      .filter((r) => !allowed.has(r.groupName))
      .map((r) => [
        r.rowNumber,
        cellError(kind, "groupName", "GROUP_UNKNOWN", { value: r.groupName }),
      ]),
  );
}

/** Contract rows whose policyholder (group + 社員番号) is not in the database. */
export async function unknownPolicyholderErrors(
  em: Em,
  rows: CheckedRow[],
): Promise<Map<number, FieldError>> {
  if (rows.length === 0) return new Map();
  const pairs = JSON.stringify(rows.map((r) => ({ g: r.groupName, e: r.employeeNumber })));
  const found = await boundSql<{ g: string; e: string }>(
    em,
    `select k.g, k.e from jsonb_to_recordset($1::jsonb) as k(g text, e text)
     where exists (select 1 from "policyholder" p where p."group_name" = k.g and p."employee_number" = k.e)`,
    [pairs],
  );
  const known = new Set(found.rows.map((f) => `${f.g}\u0000${f.e}`));
  return new Map(
    rows
      .filter((r) => !known.has(`${r.groupName}\u0000${r.employeeNumber}`))
      .map((r) => [r.rowNumber, cellError("CONTRACTS", "employeeNumber", "POLICYHOLDER_UNKNOWN")]),
  );
}
