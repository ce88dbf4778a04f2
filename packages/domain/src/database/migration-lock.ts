import type { DatabaseSettings } from "@cws/config";

/** One fixed advisory-lock key for this service's schema migrations ("cws" + 1). */
const MIGRATION_LOCK_KEY = 0x63777301;

/**
 * Runs `work` while holding a PostgreSQL session advisory lock, so instances starting
 * together on an empty database migrate one after the other: the second finds the schema
 * up to date instead of racing the first to `create table` (which failed with
 * `duplicate key … pg_type_typname_nsp_index`). The lock lives on a connection of its own,
 * since a session lock belongs to the connection that took it and the ORM's pool may hand
 * the migrator any other. PGlite is one embedded process: nothing can race there.
 */
export async function withMigrationLock<T>(
  settings: DatabaseSettings,
  work: () => Promise<T>,
): Promise<T> {
  if (settings.kind !== "postgresql") return work();
  // Loaded here: a process on the embedded database never needs the PostgreSQL client.
  const { default: pg } = await import("pg");
  const client = new pg.Client({
    connectionString: settings.url,
    connectionTimeoutMillis: settings.timeouts?.connectMs,
    application_name: "cws-migrate",
  });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
