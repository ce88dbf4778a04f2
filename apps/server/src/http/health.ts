import { pendingMigrations, type Orm } from "@cws/domain";
import type { FastifyInstance } from "fastify";
import type { Lifecycle } from "./lifecycle.ts";

/** /readyz answers within this, whatever the database does. */
const READY_CHECK_MS = 900;

class TimedOut extends Error {}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Liveness and readiness for load balancers; both answer during maintenance. Ready means:
 * not shutting down, the database answers (within a second), and its schema is up to date.
 */
export function registerHealthRoutes(app: FastifyInstance, orm: Orm, lifecycle: Lifecycle) {
  let migrated = false;

  app.get("/healthz", async () => ({ status: "ok" }));

  app.get("/readyz", async (_request, reply) => {
    reply.header("cache-control", "no-store");
    if (lifecycle.draining)
      return reply.code(503).send({ status: "unavailable", reason: "shutting-down" });
    try {
      await within(READY_CHECK_MS, orm.em.fork().getConnection().execute("select 1"));
      if (!migrated) {
        const pending = await within(READY_CHECK_MS, pendingMigrations(orm));
        if (pending.length > 0)
          return reply
            .code(503)
            .send({ status: "unavailable", reason: "migrations-pending", pending });
        // Applied migrations are never undone by a running service, so ask only until they are all in.
        migrated = true;
      }
      return { status: "ready" };
    } catch (error) {
      const reason = error instanceof TimedOut ? "database-timeout" : "database";
      return reply.code(503).send({ status: "unavailable", reason });
    }
  });
}
