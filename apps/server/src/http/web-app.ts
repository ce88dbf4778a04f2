import { webDistDir } from "@cws/web/dist-path";
import fastifyStatic, { type SetHeadersResponse } from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import path from "node:path";
import { registerSiteLogo } from "./site-logo.ts";

/** A year: the longest lifetime caches honour; a hashed file never changes under its name. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Unhashed files (index.html, the logo, the guide's pictures) keep their name when they change. */
const REVALIDATE = "no-cache";

export interface WebAppOptions {
  /** The built web app; tests pass a folder of their own. */
  root?: string;
  /** The agency's logo from configuration (SITE_LOGO), served at /logo.svg instead of the default. */
  logoSvg?: string | null;
}

/**
 * Cache-Control by file: Vite names everything under assets/ by its content hash, so those
 * are cached for a year without asking again; anything else must be revalidated (its ETag
 * makes that a 304). Vary, because the same address answers brotli, gzip or plain.
 */
export function setCachingHeaders(root: string) {
  const hashed = path.join(root, "assets") + path.sep;
  return (res: SetHeadersResponse, filePath: string) => {
    res.setHeader("Cache-Control", filePath.startsWith(hashed) ? IMMUTABLE : REVALIDATE);
    res.setHeader("Vary", "Accept-Encoding");
  };
}

/**
 * Serves the built web app: the .br or .gz written beside each file at build time
 * (vite-plugin-compression2) when the browser accepts it, else the file itself. Answers
 * whether it is built, so unknown screen paths can fall back to index.html for client-side
 * routing (see edge-errors.ts).
 */
export async function registerWebApp(
  app: FastifyInstance,
  { root = webDistDir, logoSvg = null }: WebAppOptions = {},
): Promise<boolean> {
  if (!existsSync(path.join(root, "index.html"))) {
    app.log.warn(`the web app is not built (${root}); run \`pnpm build\``);
    app.get("/", async (_request, reply) =>
      reply.type("text/plain; charset=utf-8").send("The web app is not built: run `pnpm build`."),
    );
    return false;
  }
  const ignored = ["**/*.br", "**/*.gz"];
  // A configured logo replaces the neutral one the build ships.
  if (logoSvg !== null) {
    ignored.push("logo.svg");
    registerSiteLogo(app, logoSvg);
  }
  await app.register(fastifyStatic, {
    root,
    // Routes for the built files only, made once at start; the compressed copies are
    // alternatives of those, never addresses of their own.
    wildcard: false,
    globIgnore: ignored,
    index: ["index.html"],
    preCompressed: true,
    // Ours, per file (send's own would be max-age=0 for all).
    cacheControl: false,
    setHeaders: setCachingHeaders(root),
  });
  return true;
}
