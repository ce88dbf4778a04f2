import type { FastifyInstance } from "fastify";
import { createHash } from "node:crypto";

/**
 * Serves the agency's logo from configuration (SITE_LOGO) at /logo.svg. The page shows it
 * in an <img>, where an SVG cannot run scripts; opened on its own it could, so the answer
 * forbids scripts and any other loading, and its type is not to be second-guessed.
 */
export function registerSiteLogo(app: FastifyInstance, svg: string) {
  const body = Buffer.from(svg, "utf8");
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  app.get("/logo.svg", async (request, reply) => {
    reply
      .header("Cache-Control", "no-cache")
      .header("ETag", etag)
      .header("X-Content-Type-Options", "nosniff")
      .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    if (request.headers["if-none-match"] === etag) return reply.code(304).send();
    return reply.type("image/svg+xml; charset=utf-8").send(body);
  });
}
