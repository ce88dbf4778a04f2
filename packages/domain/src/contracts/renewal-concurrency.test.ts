import { itWhen } from "../testing/it-when.ts";
import { afterAll, beforeAll, describe, expect } from "vitest";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import type { RenewContractResult } from "./renewal-service.ts";
import { renewableContract } from "../testing/renewal-test-support.ts";

const codes = (results: RenewContractResult[]) =>
  results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.error.code));

describe.each(testDatabaseKinds())("concurrent renewals on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());
  const renewedOnce = { periods: 3, requests: 1, mails: 1, audits: 1 };

  // PGlite has one connection, so requests queue up; this is the same rule without real parallelism.
  itWhen(
    kind === "pglite",
    "renews once when 8 submissions with different keys are queued together",
    async () => {
      const { renew, traces } = await renewableContract(db.orm);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => renew({ idempotencyKey: `tab-${i}` })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(codes(results)).toEqual(Array(7).fill("ALREADY_RENEWED"));
      expect(await traces()).toEqual(renewedOnce);
    },
  );

  itWhen(
    kind === "postgresql",
    "renews exactly once when 24 submissions with different keys race on PostgreSQL",
    async () => {
      const { renew, traces } = await renewableContract(db.orm);
      const results = await Promise.all(
        Array.from({ length: 24 }, (_, i) => renew({ idempotencyKey: `tab-${i}` })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      for (const code of codes(results))
        expect(["ALREADY_RENEWED", "NOT_RENEWABLE"]).toContain(code);
      expect(codes(results)).toHaveLength(23);
      expect(await traces()).toEqual(renewedOnce);
    },
  );

  itWhen(
    kind === "postgresql",
    "answers 12 racing submissions with the same key with one renewal and 11 replays on PostgreSQL",
    async () => {
      const { renew, traces } = await renewableContract(db.orm);
      const results = await Promise.all(
        Array.from({ length: 12 }, () => renew({ idempotencyKey: "double-click" })),
      );
      const renewals = results.map((r) => (r.ok ? r.renewal : null));
      expect(renewals.every((r) => r !== null)).toBe(true);
      expect(renewals.filter((r) => r?.replayed === false)).toHaveLength(1);
      expect(new Set(renewals.map((r) => JSON.stringify(r?.newPeriod))).size).toBe(1);
      expect(await traces()).toEqual(renewedOnce);
    },
  );

  itWhen(
    kind === "postgresql",
    "answers every racing repeat of one key with the first renewal, round after round, on PostgreSQL",
    async () => {
      // A repeat loses only when it looks for the key before the winner commits and reads the
      // periods after, so the racers arrive spread out, as repeated clicks and retries do.
      for (let round = 0; round < 20; round++) {
        const { renew, traces } = await renewableContract(db.orm);
        const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            later(i * 2).then(() => renew({ idempotencyKey: `click-${round}` })),
          ),
        );
        expect(codes(results)).toEqual([]);
        expect(results.filter((r) => r.ok && !r.renewal.replayed)).toHaveLength(1);
        expect(await traces()).toEqual(renewedOnce);
      }
    },
    60_000,
  );

  itWhen(
    kind === "postgresql",
    "turns a renewal that loses at the unique (contract_id, starts_on) constraint into ALREADY_RENEWED",
    async () => {
      const { contract, renew, traces } = await renewableContract(db.orm);
      // Another instance inserts the same next period and has not committed yet.
      const rival = db.orm.em.fork();
      await rival.begin();
      await rival.execute(
        `insert into "contract_period" ("contract_id", "starts_on", "ends_on", "non_fleet_grade", "premium_yen")
          values (?, '2027-01-24', '2028-01-24', 13, 41650)`,
        [contract.id],
      );
      const pending = renew();
      await waitUntilSomeoneWaitsForALock(db);
      await rival.commit();

      expect(await pending).toMatchObject({ ok: false, error: { code: "ALREADY_RENEWED" } });
      // The rival's period is the only new one; the loser left no key, mail or audit event behind.
      expect(await traces()).toEqual({ periods: 3, requests: 0, mails: 0, audits: 0 });
    },
  );
});

async function waitUntilSomeoneWaitsForALock(db: TestDatabase): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const rows = await db.orm.em
      .fork()
      .execute<{ n: string }[]>(
        `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
    if (Number(rows[0]?.n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the renewal never reached the contested insert");
}
