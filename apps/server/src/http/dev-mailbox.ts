import type { Config } from "@cws/config";
import { type Orm, listMailbox, capturesMail } from "@cws/domain";
import type { FastifyInstance } from "fastify";

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/** The development mailbox exists only outside production and only while mail is captured rather than sent. */
export function devMailboxEnabled(config: Pick<Config, "production" | "mail">): boolean {
  return !config.production && capturesMail(config.mail);
}

/**
 * GET /dev/mailbox: the mail the development transport captured, newest first, as JSON
 * (`?limit=` up to 200). Register it only when {@link devMailboxEnabled}, so in
 * production the route does not exist at all. `beforeList` runs first: the server passes the
 * reset worker's run, so a reset request's mail, queued a moment after the answer, is there
 * for whoever reads the mailbox right after asking.
 */
export function registerDevMailbox(
  app: FastifyInstance,
  orm: Orm,
  beforeList?: () => Promise<unknown>,
) {
  app.get<{ Querystring: { limit?: string } }>("/dev/mailbox", async (request, reply) => {
    const requested = Number(request.query.limit ?? DEFAULT_LIMIT);
    const limit =
      Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_LIMIT) : DEFAULT_LIMIT;
    await beforeList?.();
    const messages = await listMailbox(orm.em.fork(), { limit });
    // Captured mail holds live links (tokens): never let a proxy or the browser keep it.
    return reply.header("cache-control", "no-store").send({ messages });
  });
}
