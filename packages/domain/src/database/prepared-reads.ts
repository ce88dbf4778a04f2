import { PostgreSqlConnection } from "@mikro-orm/postgresql";
import type { Pool } from "pg";
import type { Em } from "./orm.ts";

/**
 * A read on the hot path (every authenticated request), sent to PostgreSQL as a named
 * prepared statement: each pooled connection parses and plans it once, then only binds and
 * executes it, where an unnamed statement is planned on every call. Written with `?`
 * placeholders, like every raw statement here.
 */
export interface PreparedRead {
  /** Unique per statement text: PostgreSQL keeps the plan under this name on each connection. */
  readonly name: string;
  readonly sql: string;
}

const numbered = new WeakMap<PreparedRead, string>();

/** `?` → `$1`, `$2`…: pg's placeholders (the statements here carry no `?` in literals). */
function pgText(read: PreparedRead): string {
  let text = numbered.get(read);
  if (text === undefined) {
    let n = 0;
    text = read.sql.replace(/\?/g, () => `$${(n += 1)}`);
    numbered.set(read, text);
  }
  return text;
}

const pools = new WeakMap<PostgreSqlConnection, Promise<Pool>>();

/**
 * Runs `read` and returns its rows. On PostgreSQL outside a transaction it goes to the pool
 * as a named statement; inside a transaction (which holds its own connection) and on the
 * embedded PGlite (one in-process connection, nothing to plan over a wire) it is an ordinary
 * raw statement. Either way the ORM's query hook sees it, so statement counts stay true.
 */
export async function readPrepared<T extends object>(
  em: Em,
  read: PreparedRead,
  values: readonly unknown[],
): Promise<T[]> {
  const connection = em.getConnection();
  if (!(connection instanceof PostgreSqlConnection) || em.isInTransaction())
    return connection.execute<T[]>(read.sql, [...values]);
  let pool = pools.get(connection);
  if (!pool) {
    pool = connection.getNativeClient() as Promise<Pool>;
    pools.set(connection, pool);
  }
  const text = pgText(read);
  em.config.get("onQuery")?.(text, [...values]);
  const result = await (await pool).query<T>({ name: read.name, text, values: [...values] });
  return result.rows;
}
