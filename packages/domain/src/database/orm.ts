import type { DatabaseSettings } from "@cws/config";
import { defineConfig, MikroORM } from "@mikro-orm/core";
import { Migrator } from "@mikro-orm/migrations";
import { PgliteDriver } from "@mikro-orm/pglite";
import { PostgreSqlDriver } from "@mikro-orm/postgresql";
import type { AbstractSqlDriver, SqlEntityManager } from "@mikro-orm/sql";
import { entities } from "./entities.ts";
import { migrations } from "./migrations/index.ts";

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
 * `dataDir` is null) or a PostgreSQL server. Both run the same migrations.
 */
export async function openOrm(settings: DatabaseSettings, options: OpenOptions = {}): Promise<Orm> {
  const config = defineConfig<AbstractSqlDriver, Em>({
    entities,
    extensions: [Migrator],
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    allowGlobalContext: false,
    onQuery: (sql: string) => {
      options.onQuery?.(sql);
      return sql;
    },
    ...(settings.kind === "pglite"
      ? { driver: PgliteDriver, dbName: settings.dataDir ?? "memory://" }
      : { driver: PostgreSqlDriver, clientUrl: settings.url, pool: { min: 0, max: options.poolMax ?? 10 } }),
  });
  return MikroORM.init(config);
}

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((m) => m.name);
}
