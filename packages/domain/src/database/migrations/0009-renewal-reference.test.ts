import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RENEWAL_REFERENCE_PATTERN } from "../../contracts/renewal-reference.ts";
import { newContract, newPolicyholder } from "../../testing/contract-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../../testing/test-database.ts";

describe.each(testDatabaseKinds())("migration 0009-renewal-reference on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it("gives every renewal made before it a 受付番号 of the same form, and then requires one", async () => {
    await db.orm.migrator.down({ to: "0007-audit-request-id" });
    const em = db.orm.em.fork();
    const policyholder = newPolicyholder(em);
    const contracts = [1, 2, 3].map(() => newContract(em, policyholder, { endsOn: "2027-01-24" }));
    await em.flush();
    const sql = db.orm.em.getConnection();
    for (const [i, contract] of contracts.entries()) {
      await sql.execute(
        `insert into "renewal_request" ("policyholder_id", "idempotency_key", "request_fingerprint",
           "contract_period_id", "created_at")
         select ?, ?, 'f', "id", now() from "contract_period" where "contract_id" = ?`,
        [policyholder.id, `key-${i}`, contract.id],
      );
    }

    await db.orm.migrator.up();

    const rows = await sql.execute<{ reference: string }[]>(
      `select "reference" from "renewal_request" where "policyholder_id" = ?`,
      [policyholder.id],
    );
    expect(rows).toHaveLength(3);
    for (const { reference } of rows) expect(reference).toMatch(RENEWAL_REFERENCE_PATTERN);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(3);
    await expect(
      sql.execute(
        `insert into "renewal_request" ("policyholder_id", "idempotency_key", "request_fingerprint",
           "contract_period_id", "created_at")
         select ?, 'no-reference', 'f', "id", now() from "contract_period" where "contract_id" = ?`,
        [policyholder.id, contracts[0]!.id],
      ),
    ).rejects.toThrow();
  });
});
