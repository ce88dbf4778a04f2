import { webDistDir } from "@cws/web/dist-path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Serves the built web app. Answers whether it is built, so unknown screen paths can fall
 * back to index.html for client-side routing (see edge-errors.ts).
 */
export async function registerWebApp(app: FastifyInstance): Promise<boolean> {
  if (!existsSync(path.join(webDistDir, "index.html"))) {
    app.log.warn(`the web app is not built (${webDistDir}); run \`pnpm build\``);
    app.get("/", async (_request, reply) =>
      reply.type("text/plain; charset=utf-8").send("The web app is not built: run `pnpm build`."),
    );
    return false;
  }
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: ["index.html"] });
  return true;
}
