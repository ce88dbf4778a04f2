import type { Orm } from "@cws/domain";
import type { FastifyInstance } from "fastify";

/** Liveness and readiness for load balancers; both answer during maintenance. */
export function registerHealthRoutes(app: FastifyInstance, orm: Orm) {
  app.get("/healthz", async () => ({ status: "ok" }));

  app.get("/readyz", async (_request, reply) => {
    try {
      await orm.em.fork().getConnection().execute("select 1");
      return { status: "ready" };
    } catch {
      return reply.code(503).send({ status: "unavailable", reason: "database" });
    }
  });
}
