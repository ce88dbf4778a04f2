import { recordAudit } from "../audit/audit-log.ts";
import { staffAudit, type StaffScope } from "../staff/staff-scope.ts";
import { commitContracts } from "./commit-contracts.ts";
import { commitPolicyholders } from "./commit-policyholders.ts";
import { lockStagingRun } from "./import-access.ts";
import { importFailure, type ImportFailure } from "./import-messages.ts";
import type { ImportResult } from "./import-run.entity.ts";

export type CommitImportOutcome =
  | ({ ok: true; dryRun: boolean } & ImportResult)
  | ImportFailure<"IMPORT_NOT_FOUND" | "IMPORT_NOT_STAGING" | "IMPORT_HAS_ERRORS">;

/** Carries a dry run's counts out of the transaction it rolls back. */
class DryRunDone extends Error {
  readonly result: ImportResult;

  constructor(result: ImportResult) {
    super("dry run");
    this.result = result;
  }
}

/**
 * Applies every staged row in ONE transaction, only when no row of the import has a
 * problem: upsert by natural key, counts of inserted / updated / unchanged rows, and the
 * registered customers whose name or birth date the file would change (reported, not
 * applied). With `dryRun` the same work is done and rolled back, and the run stays open.
 */
export async function commitImport(
  scope: StaffScope,
  input: { importId: string; dryRun?: boolean },
): Promise<CommitImportOutcome> {
  try {
    return await scope.em.transactional(async (tem) => {
      const access = await lockStagingRun(tem, scope.staff, input.importId);
      if (!access.ok) return access;
      const run = access.run;
      const [errors] = await tem.execute<{ count: string }[]>(
        `select count(distinct "row_number") as "count" from "import_row_error" where "import_id" = ?`,
        [run.id],
      );
      const errorRows = Number(errors?.count ?? 0);
      if (errorRows > 0) return importFailure("IMPORT_HAS_ERRORS", { count: errorRows });
      const result =
        run.kind === "POLICYHOLDERS"
          ? await commitPolicyholders(tem, run.id, scope.now)
          : await commitContracts(tem, run.id, scope.now);
      if (input.dryRun) throw new DryRunDone(result);
      run.status = "COMMITTED";
      run.finishedAt = scope.now;
      run.rowCount = result.inserted + result.updated + result.unchanged;
      run.result = result;
      await tem.execute(`delete from "import_row" where "import_id" = ?`, [run.id], "run");
      const { identityChangesNotApplied, ...counts } = result;
      recordAudit(tem, {
        ...staffAudit(scope),
        type: "RECORDS_IMPORTED",
        detail: {
          importId: run.id,
          kind: run.kind,
          ...counts,
          identityChangesNotApplied: identityChangesNotApplied.length,
        },
      });
      return { ok: true as const, dryRun: false, ...result };
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
    // The dry run's work was rolled back; the audit row of it is written on its own.
    const { identityChangesNotApplied, ...counts } = error.result;
    await scope.em.fork().transactional(async (tem) => {
      recordAudit(tem, {
        ...staffAudit(scope),
        type: "IMPORT_DRY_RUN",
        detail: {
          importId: input.importId,
          ...counts,
          identityChangesNotApplied: identityChangesNotApplied.length,
        },
      });
    });
    return { ok: true, dryRun: true, ...error.result };
  }
}
