import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "./orm.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";

describe.each(testDatabaseKinds())("migrations on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it("create every table and column the entities map", async () => {
    // The hand-written migrations name foreign keys and add CHECKs and indexes the entities
    // do not declare; what must never differ is a table, a column or a column's type.
    const diff = (await db.orm.schema.getUpdateSchemaSQL({ wrap: false })).split("\n");
    const structural = diff.filter((line) =>
      /create table|drop table|add column|drop column|alter column/i.test(line),
    );
    expect(structural).toEqual([]);
  });

  it("are all applied and applying them again does nothing", async () => {
    expect(await db.orm.migrator.getPending()).toEqual([]);
    expect(await db.orm.migrator.up()).toEqual([]);
  });

  it("are checked with reads alone when none is pending: no lock, no migrator, no DDL", async () => {
    const statements: string[] = [];
    const observed = await openTestDatabase(kind, { onQuery: (sql) => statements.push(sql) });
    try {
      statements.length = 0;
      // Nothing listens there, so taking the advisory lock would fail the call.
      const noLockServer = {
        kind: "postgresql",
        url: "postgres://postgres@127.0.0.1:9/none",
      } as const;
      expect(await migrate(observed.orm, noLockServer)).toEqual([]);
      expect(statements.length).toBeLessThanOrEqual(2);
      expect(statements.filter((sql) => !/^select /i.test(sql.trim()))).toEqual([]);
    } finally {
      await observed.close();
    }
  });
});
