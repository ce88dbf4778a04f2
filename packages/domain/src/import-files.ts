// The ORM-free part of the import: reading an agency's CSV file (encoding detection, Japanese
// or English headers, batches) and writing the empty template. The staff command-line tool
// reads files with this entry on the client side, so nothing here may load @mikro-orm at
// run time (type-only imports are erased); import-files.test.ts checks that.
export {
  openImportCsv,
  ImportFileError,
  type ImportCsvOptions,
  type ImportRowInput,
  type OpenedImportCsv,
} from "./imports/import-csv-reader.ts";
export {
  IMPORT_COLUMNS,
  columnLabel,
  templateCsv,
  type ImportColumn,
} from "./imports/import-columns.ts";
export { resolveEncoding, type CsvEncoding } from "./imports/csv-decoding.ts";
export type { ImportFailure, ImportMessageCode } from "./imports/import-messages.ts";
export type { ImportKind } from "./imports/import-run.entity.ts";
export type { LocalizedText } from "./errors/localized-text.ts";
