import type { FastifyInstance } from "fastify";

/**
 * One debug line per request (method, path without its query string, status, time), so a
 * production log at info costs nothing per request; errors and audit events keep their own
 * lines at full level. The query string is never logged: a GET may carry variables, and so
 * a password.
 */
export function logRequests(app: FastifyInstance) {
  app.addHook("onResponse", async (request, reply) => {
    // Skip building the line unless debug (or trace) logging is on.
    if (request.log.level !== "debug" && request.log.level !== "trace") return;
    const path = request.url.split("?")[0];
    request.log.debug(
      { method: request.method, path, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      "request",
    );
  });
}
