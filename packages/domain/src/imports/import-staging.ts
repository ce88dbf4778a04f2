import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { recordAudit } from "../audit/audit-log.ts";
import type { Em } from "../database/orm.ts";
import type { FieldError } from "../errors/field-error.ts";
import type { LocalizedText } from "../errors/localized-text.ts";
import { looksLikeUuid, staffAudit, type StaffScope } from "../staff/staff-scope.ts";
import { calendarDateOf } from "../time/japan-time.ts";
import { boundSql } from "./bound-sql.ts";
import { validateContractRow } from "./contract-rows.ts";
import { cellError } from "./import-cells.ts";
import { lockStagingRun } from "./import-access.ts";
import { columnLabel } from "./import-columns.ts";
import type { ImportRowInput } from "./import-csv-reader.ts";
import { importFailure, type ImportFailure } from "./import-messages.ts";
import { IMPORT_KINDS, ImportRun, type ImportKind } from "./import-run.entity.ts";
import { policyholderKey, validatePolicyholderRow } from "./policyholder-rows.ts";
import { groupErrors, unknownPolicyholderErrors, type CheckedRow } from "./row-checks.ts";

/** The most rows one addImportRows call takes; the tools send 1,000. */
export const IMPORT_BATCH_MAX_ROWS = 5000;

/** One problem in one cell, as the row-level error report lists it. */
export interface ImportRowProblem {
  rowNumber: number;
  /** The field (e.g. "birthDate"); `header` is how the file calls it. */
  column: string;
  header: LocalizedText;
  value: string;
  code: string;
  message: LocalizedText;
}

/** Starts a staged import of a kind; only one import of a kind stages at a time. */
export async function startImport(
  scope: StaffScope,
  input: { kind: ImportKind },
): Promise<
  { ok: true; importId: string } | ImportFailure<"IMPORT_ALREADY_RUNNING" | "IMPORT_FORBIDDEN">
> {
  if (!IMPORT_KINDS.includes(input.kind)) return importFailure("IMPORT_FORBIDDEN");
  try {
    return await scope.em.transactional(async (tem) => {
      const run = tem.create(ImportRun, {
        kind: input.kind,
        status: "STAGING",
        staffId: scope.staff.staffId,
        agencyId: scope.staff.role === "ADMIN" ? null : scope.staff.agencyId,
        createdAt: scope.now,
      });
      await tem.flush();
      recordAudit(tem, {
        ...staffAudit(scope),
        type: "IMPORT_STARTED",
        detail: { importId: run.id, kind: input.kind },
      });
      return { ok: true as const, importId: run.id };
    });
  } catch (error) {
    // The partial unique index lets one run of a kind stage; the loser of a race lands here.
    if (error instanceof UniqueConstraintViolationException)
      return importFailure("IMPORT_ALREADY_RUNNING");
    throw error;
  }
}

function checkCells(
  kind: ImportKind,
  rows: ImportRowInput[],
  today: string,
): { checked: CheckedRow[]; errors: Map<number, FieldError[]> } {
  const checked: CheckedRow[] = [];
  const errors = new Map<number, FieldError[]>();
  const firstRowOfKey = new Map<string, number>();
  for (const row of rows) {
    const result =
      kind === "POLICYHOLDERS"
        ? validatePolicyholderRow(row.values, today)
        : validateContractRow(row.values);
    if (!result.ok) {
      errors.set(row.rowNumber, result.errors);
      continue;
    }
    const value = result.value;
    const key =
      kind === "POLICYHOLDERS"
        ? policyholderKey(value)
        : (value as { policyNumber: string }).policyNumber;
    const first = firstRowOfKey.get(key);
    if (first !== undefined) {
      errors.set(row.rowNumber, [duplicateError(kind, first)]);
      continue;
    }
    firstRowOfKey.set(key, row.rowNumber);
    checked.push({
      rowNumber: row.rowNumber,
      key,
      groupName: value.groupName,
      employeeNumber: value.employeeNumber,
      data: value,
    });
  }
  return { checked, errors };
}

function duplicateError(kind: ImportKind, first: number): FieldError {
  const field = kind === "POLICYHOLDERS" ? "employeeNumber" : "policyNumber";
  return cellError(kind, field, "DUPLICATE_KEY", { first });
}

/**
 * Stages the rows whose key is new in this import, in one multi-row INSERT whose rows come
 * from a single bound JSON parameter, and in the same statement drops the problems an
 * earlier sending of these rows left (a retried batch is answered afresh). Returns the rows
 * whose key an earlier batch already had.
 */
async function stageRows(
  tem: Em,
  kind: ImportKind,
  importId: string,
  batch: ImportRowInput[],
  rows: CheckedRow[],
): Promise<Map<number, FieldError[]>> {
  const payload = JSON.stringify(rows.map((r) => ({ n: r.rowNumber, k: r.key, d: r.data })));
  const inserted = await boundSql<{ row_number: number }>(
    tem,
    `with "cleared" as (
       delete from "import_row_error" where "import_id" = $1 and "row_number" = any($3::int[]))
     insert into "import_row" ("import_id", "row_number", "natural_key", "data")
     select $1, r.n, r.k, r.d from jsonb_to_recordset($2::jsonb) as r(n int, k text, d jsonb)
     on conflict do nothing returning "row_number"`,
    [importId, payload, batch.map((r) => r.rowNumber)],
  );
  if (inserted.rows.length === rows.length) return new Map();
  const done = new Set(inserted.rows.map((r) => r.row_number));
  const left = rows.filter((r) => !done.has(r.rowNumber));
  const existing = await boundSql<{ natural_key: string; row_number: number }>(
    tem,
    `select "natural_key", "row_number" from "import_row"
     where "import_id" = $1 and "natural_key" = any($2::text[])`,
    [importId, left.map((r) => r.key)],
  );
  const firstOf = new Map(existing.rows.map((e) => [e.natural_key, e.row_number]));
  // The same row sent again (a retried batch) is already staged: not a duplicate.
  return new Map(
    left
      .filter((r) => firstOf.get(r.key) !== r.rowNumber)
      .map((r) => [r.rowNumber, [duplicateError(kind, firstOf.get(r.key) ?? 0)]]),
  );
}

/** Stores a batch's problems for the row-level error report (those of an earlier sending are gone). */
async function saveErrors(
  tem: Em,
  kind: ImportKind,
  importId: string,
  rows: ImportRowInput[],
  errors: Map<number, FieldError[]>,
): Promise<ImportRowProblem[]> {
  const byRow = new Map(rows.map((r) => [r.rowNumber, r.values]));
  const problems = [...errors].flatMap(([rowNumber, list]) =>
    list.map((e) => ({
      rowNumber,
      column: e.field,
      header: columnLabel(kind, e.field),
      value: byRow.get(rowNumber)?.[e.field] ?? "",
      code: e.code,
      message: e.message,
    })),
  );
  if (problems.length === 0) return problems;
  const payload = JSON.stringify(
    problems.map((p) => ({
      n: p.rowNumber,
      c: p.column,
      v: p.value.slice(0, 1000),
      code: p.code,
      ja: p.message.ja,
      en: p.message.en,
    })),
  );
  await boundSql(
    tem,
    `insert into "import_row_error" ("import_id", "row_number",
    "column_name", "value", "code", "message_ja", "message_en")
     select $1, e.n, e.c, e.v, e.code, e.ja, e.en
     from jsonb_to_recordset($2::jsonb) as e(n int, c text, v text, code text, ja text, en text)`,
    [importId, payload],
  );
  return problems;
}

/**
 * Validates a batch of rows and stages the good ones: each row is checked with the
 * domain's rules, keys repeated in the file are refused, groups must belong to the staff
 * member's agency, and contract rows must name a known policyholder. Problems are stored
 * for the report and returned; nothing reaches the real tables before the commit.
 */
export async function addImportRows(
  scope: StaffScope,
  input: { importId: string; rows: ImportRowInput[] },
): Promise<
  | { ok: true; staged: number; problems: ImportRowProblem[] }
  | ImportFailure<"IMPORT_NOT_FOUND" | "IMPORT_NOT_STAGING" | "IMPORT_TOO_MANY_ROWS">
> {
  if (input.rows.length > IMPORT_BATCH_MAX_ROWS)
    return importFailure("IMPORT_TOO_MANY_ROWS", { max: IMPORT_BATCH_MAX_ROWS });
  const today = calendarDateOf(scope.now, scope.config.timeZone);
  return scope.em.transactional(async (tem) => {
    const access = await lockStagingRun(tem, scope.staff, input.importId);
    if (!access.ok) return access;
    const kind = access.run.kind;
    const { checked, errors } = checkCells(kind, input.rows, today);
    const refused = await groupErrors(tem, scope.staff, kind, checked);
    let candidates = checked.filter((r) => !refused.has(r.rowNumber));
    for (const [row, error] of refused) errors.set(row, [error]);
    if (kind === "CONTRACTS") {
      const unknown = await unknownPolicyholderErrors(tem, candidates);
      for (const [row, error] of unknown) errors.set(row, [error]);
      candidates = candidates.filter((r) => !unknown.has(r.rowNumber));
    }
    const duplicates = await stageRows(tem, kind, access.run.id, input.rows, candidates);
    for (const [row, list] of duplicates) errors.set(row, list);
    const problems = await saveErrors(tem, kind, access.run.id, input.rows, errors);
    const staged = candidates.length - duplicates.size;
    recordAudit(tem, {
      ...staffAudit(scope),
      type: "IMPORT_ROWS_STAGED",
      detail: {
        importId: access.run.id,
        rows: input.rows.length,
        staged,
        rowsWithProblems: new Set(problems.map((p) => p.rowNumber)).size,
      },
    });
    return { ok: true as const, staged, problems };
  });
}

/** The stored row problems of an import, in row order, a page at a time (for the CSV error report). */
export async function importProblems(
  scope: StaffScope,
  input: { importId: string; afterRow?: number; limit?: number },
): Promise<{ ok: true; problems: ImportRowProblem[] } | ImportFailure<"IMPORT_NOT_FOUND">> {
  const run = looksLikeUuid(input.importId)
    ? await scope.em.findOne(ImportRun, { id: input.importId })
    : null;
  if (!run || (scope.staff.role !== "ADMIN" && run.agencyId !== scope.staff.agencyId))
    return importFailure("IMPORT_NOT_FOUND");
  const limit = Math.min(Math.max(input.limit ?? 1000, 1), 5000);
  const rows = await scope.em.execute<
    {
      row_number: number;
      column_name: string;
      value: string;
      code: string;
      message_ja: string;
      message_en: string;
    }[]
  >(
    `select "row_number", "column_name", "value", "code", "message_ja", "message_en" from "import_row_error"
     where "import_id" = ? and "row_number" > ? order by "row_number", "id" limit ?`,
    [run.id, input.afterRow ?? 0, limit],
  );
  return {
    ok: true,
    problems: rows.map((r) => ({
      rowNumber: r.row_number,
      column: r.column_name,
      header: columnLabel(run.kind, r.column_name),
      value: r.value,
      code: r.code,
      message: { ja: r.message_ja, en: r.message_en },
    })),
  };
}

/** Gives up a staged import: its staged rows and problems are dropped and another import of the kind may start. */
export async function abandonImport(
  scope: StaffScope,
  input: { importId: string },
): Promise<{ ok: true } | ImportFailure<"IMPORT_NOT_FOUND" | "IMPORT_NOT_STAGING">> {
  return scope.em.transactional(async (tem) => {
    const access = await lockStagingRun(tem, scope.staff, input.importId);
    if (!access.ok) return access;
    access.run.status = "ABANDONED";
    access.run.finishedAt = scope.now;
    await tem.execute(`delete from "import_row" where "import_id" = ?`, [access.run.id], "run");
    recordAudit(tem, {
      ...staffAudit(scope),
      type: "IMPORT_ABANDONED",
      detail: { importId: access.run.id, kind: access.run.kind },
    });
    return { ok: true as const };
  });
}
