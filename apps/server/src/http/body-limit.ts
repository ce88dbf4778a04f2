import { errorCodes, type FastifyInstance } from "fastify";
import { Transform } from "node:stream";
import { readBearerToken } from "./session-cookie.ts";

/** The largest request body anyone may send (a customer's request is a few kilobytes). */
export const BODY_LIMIT = 100_000;

/**
 * The largest body of a bearer-token request to /graphql: a staff import batch (addImportRows
 * takes up to 5,000 rows; 1,000 policyholder rows are about 450 KB of JSON).
 */
export const BEARER_BODY_LIMIT = 4_000_000;

/**
 * Lets bearer-token requests to `path` carry import batches, and keeps every other request
 * at {@link BODY_LIMIT}: the route's limit is raised, and a request without a bearer token is
 * cut at the lower limit by its declared length or, for a chunked body, by counting bytes.
 * An oversized body is Fastify's own FST_ERR_CTP_BODY_TOO_LARGE (413 PAYLOAD_TOO_LARGE).
 * Call it before the route is registered.
 */
export function limitBodiesByBearer(app: FastifyInstance, path = "/graphql") {
  app.addHook("onRoute", (route) => {
    if (route.url === path) route.bodyLimit = BEARER_BODY_LIMIT;
  });
  app.addHook("preParsing", async (request, _reply, payload) => {
    if (request.routeOptions.url !== path || readBearerToken(request)) return payload;
    // A declared length is what Node's HTTP parser reads, not a byte more: refused before
    // reading when too large, as Fastify's own limit check does, and otherwise passed on as it
    // is (a counting stream per request cost every browser request a Transform and a pipe).
    const declared = request.headers["content-length"];
    if (declared !== undefined) {
      if (Number(declared) > BODY_LIMIT) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
      return payload;
    }
    // A chunked body has no declared length: its bytes are counted as they come.
    let received = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        // Fastify refuses the body once this passes the route's limit.
        (counted as Transform & { receivedEncodedLength: number }).receivedEncodedLength =
          received > BODY_LIMIT ? Number.MAX_SAFE_INTEGER : received;
        done(null, chunk);
      },
    });
    payload.on("error", (error) => counted.destroy(error));
    return payload.pipe(counted);
  });
}
