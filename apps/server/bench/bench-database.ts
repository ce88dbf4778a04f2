// The bench's own PostgreSQL database: created on the server TEST_DATABASE_URL names,
// migrated and seeded through the domain before any server starts, dropped at the end.
import { randomBytes } from "node:crypto";
import pg from "pg";
import {
  Account,
  addDays,
  calendarDateOf,
  hashPassword,
  migrate,
  openOrm,
  systemClock,
} from "@cws/domain";
import { userIdKeyOf } from "@cws/domain";
import { newContract, newPolicyholder } from "@cws/domain/testing";

/** A seeded customer the scenarios log in as. */
export interface BenchCustomer {
  userId: string;
  /** A contract inside its renewal window, for `renewalQuote`. */
  renewableContractId: string;
}

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export const BENCH_PASSWORD = "Bench-2026-xy";
const TIME_ZONE = "Asia/Tokyo";

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates a throw-away database; `drop` removes it even with the server's connections still open. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `cws_bench_${randomBytes(6).toString("hex")}`;
  await admin(adminUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const settings = { kind: "postgresql", url: url.toString() } as const;
  const orm = await openOrm(settings);
  try {
    await migrate(orm, settings);
  } finally {
    await orm.close();
  }
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await admin(adminUrl, (client) =>
        client.query(`drop database if exists "${name}" with (force)`),
      );
    },
  };
}

/**
 * Seeds `count` customers with an account each and `contractsEach` contracts: one inside
 * its renewal window (expiring in 30 days), the others too early to renew.
 */
export async function seedCustomers(
  url: string,
  prefix: string,
  count: number,
  contractsEach: number,
) {
  const orm = await openOrm({ kind: "postgresql", url });
  try {
    const em = orm.em.fork();
    const now = systemClock.now();
    const today = calendarDateOf(now, TIME_ZONE);
    // One hash for every account: the hash is what login verifies, its salt does not change the cost.
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const seeded = [];
    for (let i = 0; i < count; i += 1) {
      const policyholder = newPolicyholder(em);
      const userId = `${prefix}-${i}@bench.example.com`;
      em.create(Account, {
        policyholder,
        userId,
        userIdKey: userIdKeyOf(userId),
        email: userId,
        passwordHash,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      const renewable = newContract(em, policyholder, { endsOn: addDays(today, 30), periods: 2 });
      for (let c = 1; c < contractsEach; c += 1) {
        newContract(em, policyholder, { endsOn: addDays(today, 200 + c), periods: 2 });
      }
      seeded.push({ userId, renewable });
    }
    await em.flush();
    // Fresh statistics now, so autovacuum and autoanalyze do not run (and count) during the load.
    await em.getConnection().execute("vacuum analyze");
    return seeded.map(
      ({ userId, renewable }): BenchCustomer => ({ userId, renewableContractId: renewable.id }),
    );
  } finally {
    await orm.close();
  }
}
