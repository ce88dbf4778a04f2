import type { Orm } from "@cws/domain";
import { Gauge, type Registry } from "prom-client";

/** A scrape never waits longer than this on the database; a slow one just reports nothing new. */
const SCRAPE_QUERY_MS = 1000;

async function query<T>(orm: Orm, sql: string, params: unknown[] = []): Promise<T[] | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), SCRAPE_QUERY_MS);
  });
  try {
    return await Promise.race([orm.em.fork().getConnection().execute<T[]>(sql, params), late]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Gauges read from the database at scrape time: the outbox by status and the age of its
 * oldest undelivered mail, sign-in trouble over the last 15 minutes (from the audit trail,
 * so they count every instance's), and the connection pool.
 */
export function databaseGauges(registry: Registry, orm: Orm) {
  new Gauge({
    name: "cws_mail_outbox",
    help: "Mails in the outbox by status.",
    labelNames: ["status"],
    registers: [registry],
    async collect() {
      const rows = await query<{ status: string; n: string }>(
        orm,
        `select status, count(*) as n from mail_outbox group by status`,
      );
      if (!rows) return;
      this.reset();
      for (const row of rows) this.set({ status: row.status }, Number(row.n));
    },
  });
  new Gauge({
    name: "cws_mail_oldest_pending_seconds",
    help: "Age of the oldest mail still waiting to be delivered (0 when none).",
    registers: [registry],
    async collect() {
      const rows = await query<{ age: number | null }>(
        orm,
        `select extract(epoch from now() - min(created_at))::float8 as age from mail_outbox where status = 'PENDING'`,
      );
      if (rows) this.set(Math.max(0, Number(rows[0]?.age ?? 0)));
    },
  });
  new Gauge({
    name: "cws_auth_events_recent",
    help: "Login failures and account lockouts in the last 15 minutes, all instances (from the audit trail).",
    labelNames: ["type"],
    registers: [registry],
    async collect() {
      const rows = await query<{ type: string; n: string }>(
        orm,
        `select type, count(*) as n from audit_event
          where at > now() - interval '15 minutes' and type in ('LOGIN_FAILED', 'ACCOUNT_LOCKED')
          group by type`,
      );
      if (!rows) return;
      this.set({ type: "LOGIN_FAILED" }, 0);
      this.set({ type: "ACCOUNT_LOCKED" }, 0);
      for (const row of rows) this.set({ type: row.type }, Number(row.n));
    },
  });
  new Gauge({
    name: "cws_accounts_locked",
    help: "Customer accounts locked right now.",
    registers: [registry],
    async collect() {
      const rows = await query<{ n: string }>(
        orm,
        `select count(*) as n from account where locked_until > now()`,
      );
      if (rows) this.set(Number(rows[0]?.n ?? 0));
    },
  });
  new Gauge({
    name: "cws_db_pool_connections",
    help: "Database pool connections by state (PostgreSQL; PGlite is one embedded connection).",
    labelNames: ["state"],
    registers: [registry],
    async collect() {
      const pool = (await orm.em
        .getConnection()
        .getNativeClient()
        .catch(() => null)) as PoolLike | null;
      if (!pool || typeof pool.totalCount !== "number") return;
      this.set({ state: "in_use" }, pool.totalCount - pool.idleCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });
}
