import {
  abandonImport,
  addImportRows,
  commitImport,
  IMPORT_KINDS,
  importProblems,
  type IdentityChangeNotApplied,
  type ImportRowProblem,
  startImport,
} from "@cws/domain";
import { builder } from "../../builder.ts";
import { byTypename } from "../problems.ts";
import { LocalizedMessageRef } from "../localized-message.ts";
import { asImportProblem, ImportProblemRef } from "./problems.ts";

/*
 * The staged import: startImport → addImportRows (batches, each validated and staged) →
 * commitImport (one transaction, only when no row has a problem) or abandonImport.
 */

const ImportKindRef = builder.enumType("ImportKind", {
  description:
    "POLICYHOLDERS: 契約者 (group + 社員番号). CONTRACTS: 契約 with their current period (契約番号).",
  values: IMPORT_KINDS,
});

interface ImportStartedShape {
  __typename: "ImportStarted";
  importId: string;
}

const ImportStartedRef = builder.objectRef<ImportStartedShape>("ImportStarted").implement({
  description: "A staged import is open; send its rows with addImportRows.",
  isTypeOf: (v) => (v as ImportStartedShape).__typename === "ImportStarted",
  fields: (t) => ({ importId: t.exposeID("importId") }),
});

const StartImportResultRef = builder.unionType("StartImportResult", {
  types: [ImportStartedRef, ImportProblemRef],
  resolveType: byTypename,
});

builder.mutationField("startImport", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: StartImportResultRef,
    description:
      "Opens a staged import of a kind (audited as IMPORT_STARTED). One import of a kind " +
      "stages at a time: a second is IMPORT_ALREADY_RUNNING.",
    args: { kind: t.arg({ type: ImportKindRef, required: true }) },
    resolve: async (_root, { kind }, ctx) => {
      const started = await startImport(await ctx.staffScope(), { kind });
      if (!started.ok) return asImportProblem(started);
      return { __typename: "ImportStarted" as const, importId: started.importId };
    },
  }),
);

const ImportCellRef = builder.inputType("ImportCell", {
  description: "One cell: the domain field name (e.g. `employeeNumber`) and the text as read.",
  fields: (t) => ({
    field: t.string({ required: true }),
    value: t.string({ required: true }),
  }),
});

const ImportRowInputRef = builder.inputType("ImportRowInput", {
  description: "One data row: its spreadsheet row number (the header is row 1) and its cells.",
  fields: (t) => ({
    rowNumber: t.int({ required: true }),
    values: t.field({ type: [ImportCellRef], required: true }),
  }),
});

export const ImportRowProblemRef = builder
  .objectRef<ImportRowProblem>("ImportRowProblem")
  .implement({
    description: "One problem in one cell, as the row-level error report lists it.",
    fields: (t) => ({
      rowNumber: t.exposeInt("rowNumber"),
      column: t.exposeString("column", { description: "The field, e.g. `birthDate`." }),
      header: t.field({
        type: LocalizedMessageRef,
        description: "How the file's header calls the column, in Japanese and English.",
        resolve: (p) => p.header,
      }),
      value: t.exposeString("value"),
      code: t.exposeString("code"),
      message: t.field({ type: LocalizedMessageRef, resolve: (p) => p.message }),
    }),
  });

interface ImportRowsStagedShape {
  __typename: "ImportRowsStaged";
  staged: number;
  problems: ImportRowProblem[];
}

const ImportRowsStagedRef = builder.objectRef<ImportRowsStagedShape>("ImportRowsStaged").implement({
  description: "How many rows of the batch were staged, and the problems of the others.",
  isTypeOf: (v) => (v as ImportRowsStagedShape).__typename === "ImportRowsStaged",
  fields: (t) => ({
    staged: t.exposeInt("staged"),
    problems: t.field({ type: [ImportRowProblemRef], resolve: (s) => s.problems }),
  }),
});

const AddImportRowsResultRef = builder.unionType("AddImportRowsResult", {
  types: [ImportRowsStagedRef, ImportProblemRef],
  resolveType: byTypename,
});

builder.mutationField("addImportRows", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: AddImportRowsResultRef,
    description:
      "Validates a batch of rows (at most 5,000) and stages the good ones; nothing reaches " +
      "the real records before commitImport. A batch sent again is staged once. Audited as " +
      "IMPORT_ROWS_STAGED.",
    args: {
      importId: t.arg.id({ required: true }),
      rows: t.arg({ type: [ImportRowInputRef], required: true }),
    },
    resolve: async (_root, { importId, rows }, ctx) => {
      const added = await addImportRows(await ctx.staffScope(), {
        importId: String(importId),
        rows: rows.map((row) => ({
          rowNumber: row.rowNumber,
          values: Object.fromEntries(row.values.map((cell) => [cell.field, cell.value])),
        })),
      });
      if (!added.ok) return asImportProblem(added);
      return {
        __typename: "ImportRowsStaged" as const,
        staged: added.staged,
        problems: added.problems,
      };
    },
  }),
);

const IdentityChangeNotAppliedRef = builder
  .objectRef<IdentityChangeNotApplied>("IdentityChangeNotApplied")
  .implement({
    description:
      "A registered customer whose name or birth date the file would change: reported, not applied.",
    fields: (t) => ({
      rowNumber: t.exposeInt("rowNumber"),
      groupName: t.exposeString("groupName"),
      employeeNumber: t.exposeString("employeeNumber"),
      fields: t.exposeStringList("fields"),
    }),
  });

interface ImportCommittedShape {
  __typename: "ImportCommitted";
  dryRun: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  identityChangesNotApplied: IdentityChangeNotApplied[];
}

const ImportCommittedRef = builder.objectRef<ImportCommittedShape>("ImportCommitted").implement({
  description:
    "What the commit did (or, with dryRun, would do: then nothing is written and the import stays open).",
  isTypeOf: (v) => (v as ImportCommittedShape).__typename === "ImportCommitted",
  fields: (t) => ({
    dryRun: t.exposeBoolean("dryRun"),
    inserted: t.exposeInt("inserted"),
    updated: t.exposeInt("updated"),
    unchanged: t.exposeInt("unchanged"),
    identityChangesNotApplied: t.field({
      type: [IdentityChangeNotAppliedRef],
      resolve: (c) => c.identityChangesNotApplied,
    }),
  }),
});

const CommitImportResultRef = builder.unionType("CommitImportResult", {
  types: [ImportCommittedRef, ImportProblemRef],
  description: "IMPORT_HAS_ERRORS: nothing was loaded; fetch the problems with importProblems.",
  resolveType: byTypename,
});

builder.mutationField("commitImport", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: CommitImportResultRef,
    description:
      "Applies every staged row in one transaction, only when no row has a problem (upsert by " +
      "natural key; audited as RECORDS_IMPORTED). dryRun: validate and count, write nothing " +
      "(audited as IMPORT_DRY_RUN).",
    args: {
      importId: t.arg.id({ required: true }),
      dryRun: t.arg.boolean({ required: false }),
    },
    resolve: async (_root, { importId, dryRun }, ctx) => {
      const committed = await commitImport(await ctx.staffScope(), {
        importId: String(importId),
        dryRun: dryRun ?? false,
      });
      if (!committed.ok) return asImportProblem(committed);
      const { ok: _ok, ...result } = committed;
      return { __typename: "ImportCommitted" as const, ...result };
    },
  }),
);

interface ImportAbandonedShape {
  __typename: "ImportAbandoned";
  importId: string;
}

const ImportAbandonedRef = builder.objectRef<ImportAbandonedShape>("ImportAbandoned").implement({
  description: "The staged rows are dropped; another import of the kind may start.",
  isTypeOf: (v) => (v as ImportAbandonedShape).__typename === "ImportAbandoned",
  fields: (t) => ({ importId: t.exposeID("importId") }),
});

const AbandonImportResultRef = builder.unionType("AbandonImportResult", {
  types: [ImportAbandonedRef, ImportProblemRef],
  resolveType: byTypename,
});

builder.mutationField("abandonImport", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: AbandonImportResultRef,
    description: "Gives up a staged import (audited as IMPORT_ABANDONED).",
    args: { importId: t.arg.id({ required: true }) },
    resolve: async (_root, { importId }, ctx) => {
      const id = String(importId);
      const abandoned = await abandonImport(await ctx.staffScope(), { importId: id });
      if (!abandoned.ok) return asImportProblem(abandoned);
      return { __typename: "ImportAbandoned" as const, importId: id };
    },
  }),
);

interface ImportProblemPageShape {
  problems: ImportRowProblem[];
  nextAfterRow: number | null;
}

const ImportProblemPageRef = builder
  .objectRef<ImportProblemPageShape>("ImportProblemPage")
  .implement({
    description: "Row problems in row order; pass nextAfterRow as afterRow for the next page.",
    fields: (t) => ({
      problems: t.field({ type: [ImportRowProblemRef], resolve: (p) => p.problems }),
      nextAfterRow: t.exposeInt("nextAfterRow", { nullable: true }),
    }),
  });

/** Pages hold whole rows: a row has at most a few problems (one per column), never this many. */
const MIN_PAGE = 20;
const MAX_PAGE = 5000;

builder.queryField("importProblems", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: ImportProblemPageRef,
    description:
      "The stored row problems of an import, for the error report (limit 20–5,000, default " +
      "1,000). An unknown import, or another agency's, gives an empty page.",
    args: {
      importId: t.arg.id({ required: true }),
      afterRow: t.arg.int({ required: false }),
      limit: t.arg.int({ required: false }),
    },
    resolve: async (_root, { importId, afterRow, limit }, ctx) => {
      const size = Math.min(MAX_PAGE, Math.max(MIN_PAGE, limit ?? 1000));
      const page = await importProblems(await ctx.staffScope(), {
        importId: String(importId),
        afterRow: Math.max(0, afterRow ?? 0),
        limit: size,
      });
      if (!page.ok || page.problems.length === 0) return { problems: [], nextAfterRow: null };
      if (page.problems.length < size) return { problems: page.problems, nextAfterRow: null };
      // A full page may have cut the last row's problems short: end at the row before it.
      const lastRow = page.problems.at(-1)!.rowNumber;
      const whole = page.problems.filter((p) => p.rowNumber !== lastRow);
      if (whole.length === 0) return { problems: page.problems, nextAfterRow: lastRow };
      return { problems: whole, nextAfterRow: whole.at(-1)!.rowNumber };
    },
  }),
);
