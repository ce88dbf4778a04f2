import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { IncomingMessage } from "node:http";

/** What we accept from a client or a proxy as a request id: short, and safe in logs and headers. */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * The id of a request: the caller's X-Request-Id when it is a plausible one (a load
 * balancer's or a client's own), otherwise a new UUID. Fastify puts it on every log line
 * of the request; the context puts it on audit rows.
 */
export function requestIdOf(request: IncomingMessage): string {
  const header = request.headers["x-request-id"];
  const offered = Array.isArray(header) ? header[0] : header;
  return offered && VALID_REQUEST_ID.test(offered) ? offered : randomUUID();
}

/** Hands the id back in the response, so a customer's report or a client's log can quote it. */
export function echoRequestId(app: FastifyInstance) {
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
}
