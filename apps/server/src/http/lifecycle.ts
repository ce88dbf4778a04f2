import type { FastifyInstance, FastifyReply } from "fastify";
import { EDGE_ERRORS, edgeErrorBody } from "./error-catalog.ts";

/**
 * Where the process is in its life, as the load balancer and the drain need it: requests
 * under way, and whether a shutdown has begun.
 */
export class Lifecycle {
  inFlight = 0;
  draining = false;

  /** Resolves when no request is under way, or after `deadlineMs` with the number still running. */
  async drained(deadlineMs: number): Promise<number> {
    const until = Date.now() + deadlineMs;
    while (this.inFlight > 0 && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 25));
    return this.inFlight;
  }
}

/** The one error shape (see README "Errors"), for answers the GraphQL layer never sees. */
export function sendUnavailable(
  reply: FastifyReply,
  code: "SHUTTING_DOWN" | "REQUEST_TIMEOUT",
  retryAfterSeconds: number,
) {
  return reply
    .code(EDGE_ERRORS[code].status)
    .header("retry-after", String(retryAfterSeconds))
    .header("cache-control", "no-store")
    .type("application/json; charset=utf-8")
    .send(edgeErrorBody(code));
}

/**
 * Counts requests under way; during a shutdown's drain answers new ones with a clean 503
 * (and closes their connection, so the client's next try reaches another instance); and
 * answers a request still unanswered after `requestTimeoutMs` with a 503, so no caller
 * waits forever on a stuck lock or an unreachable database.
 */
export function registerLifecycle(
  app: FastifyInstance,
  lifecycle: Lifecycle,
  requestTimeoutMs: number,
) {
  app.addHook("onRequest", async (request, reply) => {
    if (lifecycle.draining && request.url !== "/healthz") {
      reply.header("connection", "close");
      return sendUnavailable(reply, "SHUTTING_DOWN", 5);
    }
    lifecycle.inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      lifecycle.inFlight--;
      clearTimeout(timer);
    };
    const timer = setTimeout(() => {
      if (!reply.sent) {
        request.log.warn({ timeoutMs: requestTimeoutMs }, "request timed out");
        void sendUnavailable(reply, "REQUEST_TIMEOUT", 5);
      }
    }, requestTimeoutMs);
    timer.unref();
    reply.raw.once("close", finish);
    reply.raw.once("finish", finish);
  });
}
