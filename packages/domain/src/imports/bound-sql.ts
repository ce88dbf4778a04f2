import { CompiledQuery } from "kysely";
import type { Em } from "../database/orm.ts";

/**
 * Runs one SQL statement with its values sent as bound parameters ($1, $2 …) on the entity
 * manager's connection, inside its transaction when it has one.
 *
 * Import batches go through here rather than `em.execute`: MikroORM formats `?` values into
 * the SQL text, escaping a batch's JSON payload (hundreds of kilobytes) one character at a
 * time, which was a tenth of the import's CPU time and most of its garbage. Kysely is the
 * query layer MikroORM 7 itself runs on (`em.getKysely()`), so no other client is involved.
 * These statements skip MikroORM's `onQuery` hook and query log (they carry row data, which
 * has no place in a log anyway).
 */
export async function boundSql<Row>(
  em: Em,
  sql: string,
  parameters: readonly unknown[],
): Promise<{ rows: Row[]; affected: number }> {
  const result = await em.getKysely().executeQuery<Row>(CompiledQuery.raw(sql, [...parameters]));
  return { rows: result.rows, affected: Number(result.numAffectedRows ?? 0) };
}
