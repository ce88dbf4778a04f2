import { afterEach, describe, expect, vi } from "vitest";
import { itWhen } from "../testing/it-when.ts";
import {
  createPostgresTestDatabase,
  openTestDatabase,
  testDatabaseKinds,
} from "../testing/test-database.ts";
import { MIGRATIONS_TABLE, migrate, openOrm, pendingMigrations, type Orm } from "./orm.ts";
import { migrations } from "./migrations/index.ts";

const onPostgres = testDatabaseKinds().includes("postgresql");
// Several of these start databases of their own; on a busy CI machine that takes a while.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emptyPostgres(
  instances: number,
  timeouts?: { connectMs: number; statementMs: number; lockMs: number },
) {
  const database = await createPostgresTestDatabase();
  cleanups.push(database.drop);
  const settings = { kind: "postgresql", url: database.url, timeouts } as const;
  const orms: Orm[] = [];
  for (let i = 0; i < instances; i++) {
    const orm = await openOrm(settings, { poolMax: 4 });
    cleanups.push(() => orm.close(true));
    orms.push(orm);
  }
  return { settings, orms };
}

describe("migrations when several instances start together", () => {
  itWhen(
    onPostgres,
    "lets four instances migrate one empty PostgreSQL database at once, each migration applied once",
    async () => {
      const { settings, orms } = await emptyPostgres(4);
      const applied = await Promise.all(orms.map((orm) => migrate(orm, settings)));
      // One instance applies everything; the others find nothing left to do.
      expect(applied.map((names) => names.length).sort()).toEqual([0, 0, 0, migrations.length]);
      const rows = await orms[0]!.em
        .getConnection()
        .execute<{ n: string }[]>(`select count(*) as n from ${MIGRATIONS_TABLE}`);
      expect(Number(rows[0]!.n)).toBe(migrations.length);
    },
  );

  itWhen(
    onPostgres,
    "reports every migration as pending on an empty database and none once migrated, without creating anything",
    async () => {
      const { settings, orms } = await emptyPostgres(1);
      const orm = orms[0]!;
      expect(await pendingMigrations(orm)).toEqual(migrations.map((m) => m.name));
      const tables = await orm.em
        .getConnection()
        .execute<{ name: string | null }[]>(
          `select to_regclass('${MIGRATIONS_TABLE}')::text as name`,
        );
      expect(tables[0]!.name).toBeNull();
      await migrate(orm, settings);
      expect(await pendingMigrations(orm)).toEqual([]);
    },
  );

  itWhen(
    onPostgres,
    "gives up waiting for a row lock after DATABASE_LOCK_TIMEOUT_MS instead of waiting for ever",
    async () => {
      const { settings, orms } = await emptyPostgres(1, {
        connectMs: 2000,
        statementMs: 5000,
        lockMs: 300,
      });
      const orm = orms[0]!;
      await migrate(orm, settings);
      const holder = orm.em.fork();
      await holder.begin();
      await holder.execute("lock table policyholder in access exclusive mode");
      try {
        const started = Date.now();
        await expect(orm.em.fork().execute("select count(*) from policyholder")).rejects.toThrow(
          /lock timeout/,
        );
        expect(Date.now() - started).toBeLessThan(3000);
      } finally {
        await holder.rollback();
      }
    },
  );
});

describe.each(testDatabaseKinds())("the migration history on %s", (kind) => {
  itWhen(
    true,
    "keeps the history of a database migrated under the old table name, so nothing runs twice",
    async () => {
      const db = await openTestDatabase(kind);
      cleanups.push(() => db.close());
      const connection = db.orm.em.getConnection();
      await connection.execute(`alter table ${MIGRATIONS_TABLE} rename to mikro_orm_migrations`);
      // Settings without a URL skip the advisory lock, which is not what this test is about.
      expect(await migrate(db.orm, { kind: "pglite", dataDir: null })).toEqual([]);
      expect(await pendingMigrations(db.orm)).toEqual([]);
    },
  );
});
