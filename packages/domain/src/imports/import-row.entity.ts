import { defineEntity, p } from "@mikro-orm/core";

/**
 * A validated, normalised row waiting for the commit. Written and read with set-based SQL
 * (see import-staging.ts); mapped so the schema check knows the table.
 */
export const ImportRowSchema = defineEntity({
  name: "ImportRow",
  tableName: "import_row",
  properties: {
    importId: p.uuid().primary(),
    rowNumber: p.integer().primary(),
    naturalKey: p.text(),
    data: p.json<Record<string, unknown>>(),
  },
  uniques: [{ properties: ["importId", "naturalKey"] }],
});

export class ImportRow extends ImportRowSchema.class {}
ImportRowSchema.setClass(ImportRow);

/** One problem with one cell of an import file, for the row-level error report. */
export const ImportRowErrorSchema = defineEntity({
  name: "ImportRowError",
  tableName: "import_row_error",
  properties: {
    id: p.bigint("number").primary().autoincrement(),
    importId: p.uuid(),
    rowNumber: p.integer(),
    columnName: p.string().length(40),
    value: p.text(),
    code: p.string().length(40),
    messageJa: p.text(),
    messageEn: p.text(),
  },
});

export class ImportRowError extends ImportRowErrorSchema.class {}
ImportRowErrorSchema.setClass(ImportRowError);
