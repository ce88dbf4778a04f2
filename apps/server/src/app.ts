import fastifyApollo from "@as-integrations/fastify";
import type { Config } from "@cws/config";
import {
  type Orm,
  type Clock,
  listenForPrincipalChanges,
  PrincipalCache,
  processResetRequests,
} from "@cws/domain";
import fastifyCookie from "@fastify/cookie";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyServerOptions } from "fastify";
import { createContext } from "./context.ts";
import { registerRenewalCertificateRoute } from "./documents/renewal-certificate-route.ts";
import { createApolloServer } from "./graphql/apollo.ts";
import { devMailboxEnabled, registerDevMailbox } from "./http/dev-mailbox.ts";
import { registerEdgeErrorHandler, registerNotFound } from "./http/edge-errors.ts";
import { BODY_LIMIT, limitBodiesByBearer } from "./http/body-limit.ts";
import { registerExplorer } from "./http/explorer.ts";
import { registerHealthRoutes } from "./http/health.ts";
import { Lifecycle, registerLifecycle } from "./http/lifecycle.ts";
import { echoRequestId, requestIdOf } from "./http/request-id.ts";
import { logRequests } from "./http/request-log.ts";
import { createThrottle, type Throttle } from "./http/throttle.ts";
import { registerWebApp } from "./http/web-app.ts";
import { createMetrics, type Metrics } from "./metrics/metrics.ts";

export interface AppDeps {
  config: Config;
  orm: Orm;
  clock: Clock;
  logger?: FastifyServerOptions["logger"];
  /** The service's own pino logger (main.ts); tests pass `logger` options instead. */
  loggerInstance?: FastifyBaseLogger;
  /** Prometheus metrics (main.ts shares them with the mail dispatcher); made here when absent. */
  metrics?: Metrics;
  /** Requests under way and the shutdown drain (main.ts shares it with its signal handler). */
  lifecycle?: Lifecycle;
  /** Serve the built web app (off in API-only tests). */
  serveWebApp?: boolean;
  /** Tests pass their own to reach the limits quickly. */
  throttle?: Throttle;
  /** The session cache (made here when SESSION_CACHE is on); tests pass one to look inside. */
  principals?: PrincipalCache;
}

/** Believes the nearest `hops` proxies (the load balancer's), and no address a client wrote further out. */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/** Builds the HTTP server: GraphQL at /graphql, health, the explorer, the web app. */
export async function buildApp(deps: AppDeps) {
  const { config, orm, clock, logger = true, loggerInstance, serveWebApp = true, throttle } = deps;
  const lifecycle = deps.lifecycle ?? new Lifecycle();
  const app = Fastify({
    ...(loggerInstance ? { loggerInstance } : { logger }),
    // Validated in requestIdOf, never taken from the header as it stands.
    requestIdHeader: false,
    genReqId: requestIdOf,
    // Fastify's own request lines carry the URL with its query string; ours (request-log.ts) do not.
    logController: new LogController({
      requestIdLogLabel: "requestId",
      disableRequestLogging: true,
    }),
    // A client that takes longer than this to send its request is cut off (slow-loris).
    requestTimeout: config.http.requestTimeoutMs,
    // Behind a load balancer the client address comes from X-Forwarded-For, but only the
    // hops configured in TRUST_PROXY are believed (a client must not choose its address).
    trustProxy:
      typeof config.http.trustProxy === "number"
        ? trustHops(config.http.trustProxy)
        : config.http.trustProxy,
    bodyLimit: BODY_LIMIT,
  });
  registerEdgeErrorHandler(app);
  echoRequestId(app);
  logRequests(app);
  await app.register(fastifyCookie);
  const limits =
    throttle ??
    (await createThrottle({
      pointsPerWindow: config.rateLimit.perAddress,
      redisUrl: config.redisUrl,
      onRedisError: (error) =>
        app.log.warn(
          { err: error },
          "Redis for throttling is unreachable; counting in memory meanwhile",
        ),
    }));
  app.addHook("onClose", () => limits.close());

  registerLifecycle(app, lifecycle, config.http.requestTimeoutMs);
  registerHealthRoutes(app, orm, lifecycle);
  const metrics = deps.metrics ?? createMetrics(orm);
  if (config.metrics) {
    app.get("/metrics", async (_request, reply) =>
      reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
    );
  }
  if (devMailboxEnabled(config))
    registerDevMailbox(app, orm, () => processResetRequests(orm, config, clock));
  registerRenewalCertificateRoute(app, { config, orm, clock });

  // Staff tools (bearer token) send import batches larger than any customer request.
  limitBodiesByBearer(app);
  // Live sessions' principals in memory, kept only while the database's change notices are heard.
  const principals = config.sessionCache ? (deps.principals ?? new PrincipalCache()) : undefined;
  if (principals) {
    const listener = listenForPrincipalChanges(orm, principals, app.log);
    app.addHook("onClose", () => listener.close());
  }
  const apollo = createApolloServer(app, config, metrics);
  await apollo.start();
  const contextDeps = { config, clock, em: orm.em, throttle: limits, principals };
  await app.register(fastifyApollo(apollo), {
    path: "/graphql",
    context: async (request, reply) => createContext(contextDeps, request, reply),
  });

  if (config.graphql.explorer) await registerExplorer(app);
  const spaFallback = serveWebApp && (await registerWebApp(app, { logoSvg: config.site.logoSvg }));
  registerNotFound(app, { spaFallback });
  return app;
}
