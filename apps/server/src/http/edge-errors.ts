import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import path from "node:path";
import { EDGE_ERRORS, type EdgeErrorCode, edgeErrorBody } from "./error-catalog.ts";

/** Fastify's own request errors, by Fastify code, as codes of the edge error catalog. */
const FASTIFY_CODES: Record<string, EdgeErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "INVALID_JSON",
  FST_ERR_CTP_EMPTY_JSON_BODY: "INVALID_JSON",
  FST_ERR_CTP_BODY_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "BAD_REQUEST",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
};

function answer(reply: FastifyReply, code: EdgeErrorCode) {
  return reply
    .code(EDGE_ERRORS[code].status)
    .type("application/json; charset=utf-8")
    .send(edgeErrorBody(code));
}

/** Paths the web app's client-side routing owns: GET, not an API or asset path. */
function isScreenPath(request: FastifyRequest): boolean {
  const url = request.url.split("?")[0] ?? "/";
  return (
    request.method === "GET" &&
    !url.startsWith("/graphql") &&
    !url.startsWith("/dev/") &&
    !path.extname(url)
  );
}

/**
 * Errors Fastify raises before GraphQL sees a request (malformed JSON, a body too large, an
 * unsupported media type) answer in the same shape as GraphQL errors, so a client parses one
 * shape whatever went wrong. Set it before any route: a route keeps the handler it found.
 */
export function registerEdgeErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = FASTIFY_CODES[error.code];
    if (known) return answer(reply, known);
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, "unexpected HTTP error");
      return answer(reply, "INTERNAL_SERVER_ERROR");
    }
    return answer(
      reply,
      status === 404 ? "NOT_FOUND" : status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST",
    );
  });
}

/**
 * Unknown routes answer NOT_FOUND in the one shape; with `spaFallback`, unknown screen paths
 * get the web app's index.html instead, for its client-side routing.
 */
export function registerNotFound(app: FastifyInstance, { spaFallback }: { spaFallback: boolean }) {
  app.setNotFoundHandler((request, reply) => {
    if (spaFallback && isScreenPath(request))
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    return answer(reply, "NOT_FOUND");
  });
}
