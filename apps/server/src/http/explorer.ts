import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

// Everything the page needs is served from our own packages: nothing loads from a CDN.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GraphQL explorer · お客さまWebサービス</title>
<style>html,body,#graphiql{height:100%;margin:0}</style>
<link rel="stylesheet" href="/explorer/assets/graphiql/graphiql.min.css">
</head>
<body>
<div id="graphiql">Loading the explorer…</div>
<script src="/explorer/assets/react/react.production.min.js"></script>
<script src="/explorer/assets/react-dom/react-dom.production.min.js"></script>
<script src="/explorer/assets/graphiql/graphiql.min.js"></script>
<script src="/explorer/init.js"></script>
</body>
</html>`;

const INIT = `const fetcher = GraphiQL.createFetcher({
  url: "/graphql",
  fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
});
ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: "query {\\n  serviceStatus { open reopensAt }\\n}\\n" }),
);`;

/** GraphiQL at /explorer, from the graphiql package's prebuilt bundle and React 18's UMD builds. */
export async function registerExplorer(app: FastifyInstance) {
  await app.register(fastifyStatic, {
    root: packageDir("graphiql"),
    prefix: "/explorer/assets/graphiql/",
    decorateReply: false,
    allowedPath: (p) => p === "/graphiql.min.js" || p === "/graphiql.min.css",
  });
  await app.register(fastifyStatic, {
    root: path.join(packageDir("react-umd"), "umd"),
    prefix: "/explorer/assets/react/",
    decorateReply: false,
  });
  await app.register(fastifyStatic, {
    root: path.join(packageDir("react-dom-umd"), "umd"),
    prefix: "/explorer/assets/react-dom/",
    decorateReply: false,
  });
  app.get("/explorer", async (_request, reply) =>
    reply.type("text/html; charset=utf-8").send(PAGE),
  );
  app.get("/explorer/init.js", async (_request, reply) =>
    reply.type("application/javascript; charset=utf-8").send(INIT),
  );
}
