// The bench's own PostgreSQL database: created on the server TEST_DATABASE_URL names,
// migrated and seeded through the domain before any server starts, dropped at the end.
import { randomBytes } from "node:crypto";
import pg from "pg";
import {
  Account,
  type Em,
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

/** A seeded customer whose contracts all expire on one common date inside the renewal window. */
export interface RenewalCustomer {
  userId: string;
  renewableContractIds: string[];
}

type Seeding = ReturnType<typeof seeding>;

/** What every seed needs: a fork, today's date and one password hash for every account. */
function seeding(em: Em, passwordHash: string) {
  const now = systemClock.now();
  const today = calendarDateOf(now, TIME_ZONE);
  const account = (userId: string) => {
    const policyholder = newPolicyholder(em);
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
    return policyholder;
  };
  return { em, today, account };
}

/**
 * Opens the database, seeds with `work` in one fork and one flush, then analyses the tables:
 * fresh statistics now, so autovacuum and autoanalyze do not run (and count) during the load.
 */
async function seed<T>(url: string, work: (seeding: Seeding) => T): Promise<T> {
  const orm = await openOrm({ kind: "postgresql", url });
  try {
    const em = orm.em.fork();
    // One hash for every account: the hash is what login verifies, its salt does not change the cost.
    const result = work(seeding(em, await hashPassword(BENCH_PASSWORD)));
    await em.flush();
    await em.getConnection().execute("vacuum analyze");
    return result;
  } finally {
    await orm.close();
  }
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
): Promise<BenchCustomer[]> {
  const seeded = await seed(url, ({ em, today, account }) =>
    Array.from({ length: count }, (_, i) => {
      const userId = `${prefix}-${i}@bench.example.com`;
      const policyholder = account(userId);
      const renewable = newContract(em, policyholder, { endsOn: addDays(today, 30), periods: 2 });
      for (let c = 1; c < contractsEach; c += 1) {
        newContract(em, policyholder, { endsOn: addDays(today, 200 + c), periods: 2 });
      }
      return { userId, renewable };
    }),
  );
  return seeded.map(({ userId, renewable }) => ({ userId, renewableContractId: renewable.id }));
}

/**
 * Seeds `count` customers with `renewableEach` contracts each, all expiring on one common
 * date 10 days ahead (renewals bunch in the two weeks before it), none renewed yet: each
 * contract can be renewed once. Several contracts per customer keep the logins (argon2) few.
 */
export async function seedRenewalCustomers(
  url: string,
  prefix: string,
  count: number,
  renewableEach: number,
): Promise<RenewalCustomer[]> {
  const seeded = await seed(url, ({ em, today, account }) =>
    Array.from({ length: count }, (_, i) => {
      const userId = `${prefix}-${i}@bench.example.com`;
      const policyholder = account(userId);
      const endsOn = addDays(today, 10);
      const contracts = Array.from({ length: renewableEach }, () =>
        newContract(em, policyholder, { endsOn, periods: 2 }),
      );
      return { userId, contracts };
    }),
  );
  return seeded.map(({ userId, contracts }) => ({
    userId,
    renewableContractIds: contracts.map((c) => c.id),
  }));
}
