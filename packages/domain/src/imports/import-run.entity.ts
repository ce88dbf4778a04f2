import { defineEntity, p } from "@mikro-orm/core";

export const IMPORT_KINDS = ["POLICYHOLDERS", "CONTRACTS"] as const;
/** What a file loads: policyholders, or contracts with their current period. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ["STAGING", "COMMITTED", "ABANDONED"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What a commit did, kept on the run so a repeated commit call can be answered. */
export interface ImportResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Registered customers whose name or birth date differs in the file: reported, not applied. */
  identityChangesNotApplied: IdentityChangeNotApplied[];
}

export interface IdentityChangeNotApplied {
  rowNumber: number;
  groupName: string;
  employeeNumber: string;
  fields: string[];
}

/**
 * One staged import: rows are validated and staged in batches, then committed in one
 * transaction or abandoned. Only one run of a kind stages at a time (a partial unique index).
 */
export const ImportRunSchema = defineEntity({
  name: "ImportRun",
  tableName: "import_run",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    kind: p.enum(IMPORT_KINDS),
    status: p.enum(IMPORT_STATUSES),
    staffId: p.uuid(),
    /** The agency an AGENT imports for; null for an ADMIN, who may load any group. */
    agencyId: p.uuid().nullable(),
    rowCount: p.integer().default(0),
    errorCount: p.integer().default(0),
    result: p.json<ImportResult>().nullable(),
    createdAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
  },
});

export class ImportRun extends ImportRunSchema.class {}
ImportRunSchema.setClass(ImportRun);
