import { LockMode } from "@mikro-orm/core";
import type { Em } from "../database/orm.ts";
import type { StaffPrincipal } from "../staff/staff-scope.ts";
import { looksLikeUuid } from "../staff/staff-scope.ts";
import { importFailure, type ImportFailure } from "./import-messages.ts";
import { ImportRun } from "./import-run.entity.ts";

/**
 * Locks an import run for a staff member's next step. An AGENT reaches only the runs of
 * their own agency (another agency's run answers like an unknown one); an ADMIN any run.
 * Only a run still staging can take rows, be committed or be abandoned.
 */
export async function lockStagingRun(
  tem: Em,
  staff: StaffPrincipal,
  importId: string,
): Promise<
  { ok: true; run: ImportRun } | ImportFailure<"IMPORT_NOT_FOUND" | "IMPORT_NOT_STAGING">
> {
  const run = looksLikeUuid(importId)
    ? await tem.findOne(ImportRun, { id: importId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!run || (staff.role !== "ADMIN" && run.agencyId !== staff.agencyId))
    return importFailure("IMPORT_NOT_FOUND");
  if (run.status !== "STAGING") return importFailure("IMPORT_NOT_STAGING");
  return { ok: true, run };
}
