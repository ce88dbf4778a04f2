import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate, openOrm, type OpenOptions, type Orm } from "../database/orm.ts";

export type TestDatabaseKind = "pglite" | "postgresql";

export interface TestDatabase {
  kind: TestDatabaseKind;
  orm: Orm;
  /** Closes the ORM and, on PostgreSQL, drops the database the test created. */
  close(): Promise<void>;
}

/**
 * The databases tests run on: always the embedded PGlite in memory, and PostgreSQL too
 * when TEST_DATABASE_URL names a server (an admin URL: each test file creates its own
 * throw-away database through it and drops it afterwards).
 */
export function testDatabaseKinds(
  env: Record<string, string | undefined> = readEnv(),
): TestDatabaseKind[] {
  return env.TEST_DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];
}

function readEnv(): Record<string, string | undefined> {
  // Tests are the one other place allowed to read the environment: this is test set-up, not a setting.
  // eslint-disable-next-line no-restricted-properties
  return process.env;
}

export async function openTestDatabase(
  kind: TestDatabaseKind,
  options: OpenOptions = {},
): Promise<TestDatabase> {
  if (kind === "pglite") {
    const settings = { kind: "pglite", dataDir: null } as const;
    const orm = await openOrm(settings, options);
    await migrate(orm, settings);
    return { kind, orm, close: () => orm.close(true) };
  }
  const created = await createPostgresTestDatabase();
  const settings = { kind: "postgresql", url: created.url } as const;
  const orm = await openOrm(settings, { poolMax: 30, ...options });
  await migrate(orm, settings);
  return {
    kind,
    orm,
    async close() {
      await orm.close(true);
      await created.drop();
    },
  };
}

/** An empty PostgreSQL database of its own (no schema), and a way to drop it. */
export async function createPostgresTestDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const adminUrl = readEnv().TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `cws_test_${randomBytes(6).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`drop database if exists "${name}" with (force)`),
  };
}
