// The reference the product is compared with: Apollo Server on Fastify with the same
// package versions and nothing else (no plugins, logger, database or limits), answering
// `{ hello }`. Its own process, started by the bench: node bench/bare-server.ts <port>.
import { ApolloServer } from "@apollo/server";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import Fastify from "fastify";

const port = Number(process.argv[2] ?? 3100);
const app = Fastify();
const apollo = new ApolloServer({
  typeDefs: "type Query { hello: String! }",
  resolvers: { Query: { hello: () => "world" } },
  plugins: [fastifyApolloDrainPlugin(app)],
});
await apollo.start();
await app.register(fastifyApollo(apollo));
app.get("/healthz", async () => ({ status: "ok" }));
process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
await app.listen({ host: "127.0.0.1", port });
