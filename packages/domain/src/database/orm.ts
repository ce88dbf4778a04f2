import type { DatabaseSettings, DatabaseTimeouts } from "@cws/config";
import { defineConfig, MikroORM } from "@mikro-orm/core";
import { Migrator } from "@mikro-orm/migrations";
import type { AbstractSqlDriver, SqlEntityManager } from "@mikro-orm/sql";
import { entities } from "./entities.ts";
import { withMigrationLock } from "./migration-lock.ts";
import { migrations } from "./migrations/index.ts";

/**
 * The table that records applied migrations. Named for this service, so it never collides
 * with another MikroORM application's in a shared database; see adoptLegacyMigrationTable.
 */
export const MIGRATIONS_TABLE = "cws_schema_migrations";
const LEGACY_MIGRATIONS_TABLE = "mikro_orm_migrations";

/** Both drivers speak PostgreSQL through the SQL entity manager (query builder, raw SQL). */
export type Em = SqlEntityManager;
export type Orm = MikroORM<AbstractSqlDriver, Em>;

export interface OpenOptions {
  /** Called with each SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
  /** Pool size for PostgreSQL (PGlite is one connection). */
  poolMax?: number;
}

/**
 * Opens the database the settings name: the embedded PGlite (on disk, or in memory when
 * `dataDir` is null) or a PostgreSQL server. Both run the same migrations. Only the driver
 * in use is loaded (each is some 40 modules a process starting on the other need not read).
 */
export async function openOrm(settings: DatabaseSettings, options: OpenOptions = {}): Promise<Orm> {
  const connection =
    settings.kind === "pglite"
      ? {
          driver: (await import("@mikro-orm/pglite")).PgliteDriver,
          dbName: settings.dataDir ?? "memory://",
        }
      : {
          driver: (await import("@mikro-orm/postgresql")).PostgreSqlDriver,
          clientUrl: settings.url,
          pool: { min: 0, max: options.poolMax ?? settings.poolMax ?? 10 },
          driverOptions: postgresTimeouts(settings.timeouts),
        };
  const config = defineConfig<AbstractSqlDriver, Em>({
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: migrations,
      tableName: MIGRATIONS_TABLE,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    allowGlobalContext: false,
    onQuery: (sql: string) => {
      options.onQuery?.(sql);
      return sql;
    },
    ...connection,
  });
  return MikroORM.init(config);
}

/**
 * Bounds every wait on PostgreSQL, so an unreachable or locked database answers with an
 * error instead of holding requests forever: the connection attempt, each statement and
 * each lock wait on the server, and the whole query on the client (which also covers a
 * server that stopped answering, where the server-side timeouts cannot fire).
 */
function postgresTimeouts(timeouts: DatabaseTimeouts = DEFAULT_TIMEOUTS) {
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    query_timeout: timeouts.statementMs + 5_000,
    idle_in_transaction_session_timeout: timeouts.statementMs * 2,
    keepAlive: true,
    application_name: "cws",
  };
}

const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 15_000, lockMs: 5_000 };

/**
 * Brings the schema up to date; returns the names of the migrations it ran. On PostgreSQL
 * it holds an advisory lock meanwhile, so several instances may start together. When
 * nothing is pending (every start but the first after an upgrade) it only reads the
 * migrations table: no lock, no migrator, no DO block (whose PL/pgSQL PGlite would load).
 */
export async function migrate(orm: Orm, settings: DatabaseSettings): Promise<string[]> {
  if ((await pendingMigrations(orm)).length === 0) return [];
  return withMigrationLock(settings, async () => {
    await adoptLegacyMigrationTable(orm);
    const done = await orm.migrator.up();
    return done.map((m) => m.name);
  });
}

/**
 * Databases created before the table was renamed keep their history: the old table is
 * renamed once, so no migration runs twice.
 */
async function adoptLegacyMigrationTable(orm: Orm): Promise<void> {
  await orm.em.getConnection().execute(
    `do $$ begin
       if to_regclass('${LEGACY_MIGRATIONS_TABLE}') is not null and to_regclass('${MIGRATIONS_TABLE}') is null then
         alter table ${LEGACY_MIGRATIONS_TABLE} rename to ${MIGRATIONS_TABLE};
       end if;
     end $$`,
  );
}

/**
 * The migrations this build knows that the database has not applied, read without
 * creating or locking anything (so /readyz can ask while another instance migrates).
 */
export async function pendingMigrations(orm: Orm): Promise<string[]> {
  const connection = orm.em.getConnection();
  const [table] = await connection.execute<{ name: string | null }[]>(
    `select to_regclass('${MIGRATIONS_TABLE}')::text as name`,
  );
  if (!table?.name) return migrations.map((m) => m.name);
  const applied = new Set(
    (await connection.execute<{ name: string }[]>(`select name from ${MIGRATIONS_TABLE}`)).map(
      (r) => r.name,
    ),
  );
  return migrations.map((m) => m.name).filter((name) => !applied.has(name));
}
