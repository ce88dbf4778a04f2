import { webDistDir } from "@cws/web/dist-path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import path from "node:path";

/** Serves the built web app; unknown GET paths fall back to index.html for client-side routing. */
export async function registerWebApp(app: FastifyInstance) {
  if (!existsSync(path.join(webDistDir, "index.html"))) {
    app.log.warn(`the web app is not built (${webDistDir}); run \`pnpm build\``);
    app.get("/", async (_request, reply) => reply.type("text/plain; charset=utf-8").send("The web app is not built: run `pnpm build`."));
    return;
  }
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    if (request.method === "GET" && !url.startsWith("/graphql") && !url.startsWith("/dev/") && !path.extname(url)) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    return reply.code(404).send({ error: "not found" });
  });
}
