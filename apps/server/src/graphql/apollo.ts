import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { Config } from "@cws/config";
import type { FastifyInstance } from "fastify";
import type { Context } from "../context.ts";
import type { Metrics } from "../metrics/metrics.ts";
import { metricsPlugin } from "../metrics/metrics-plugin.ts";
import { buildSchema } from "../schema/index.ts";
import { createErrorFormatter } from "./format-error.ts";
import { internalErrorStatusPlugin } from "./internal-error-status.ts";
import { LIMITS, limitRules } from "./limits.ts";
import { maintenancePlugin } from "./maintenance-plugin.ts";

/**
 * Answers of this API are personal or change by the minute: no cache may keep them. And
 * after a mutation this instance's session cache forgets the caller, before the answer
 * leaves, so a logout or a new password holds on the very next request here.
 */
function noStorePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation, contextValue }) {
          response.http.headers.set("cache-control", "no-store");
          if (operation?.operation === "mutation") contextValue.forgetCallerPrincipal();
        },
      };
    },
  };
}

export function createApolloServer(app: FastifyInstance, config: Config, metrics: Metrics) {
  return new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (HTTP, mail dispatcher, database, in that order); Apollo's own
    // signal handler would kill the process halfway through it.
    stopOnTerminationSignals: false,
    // Browsers cannot send a JSON POST or the preflight header cross-site without CORS, which we
    // never grant. Authorization is such a header too, so a tool's bearer request (a staff
    // session) passes even as a GET or a form-typed body; a cookie alone never does.
    csrfPrevention: {
      requestHeaders: ["x-apollo-operation-name", "apollo-require-preflight", "authorization"],
    },
    validationRules: limitRules(),
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // One operation per request: batching would multiply every per-request limit.
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
    formatError: createErrorFormatter((error) =>
      app.log.error({ err: error }, "unexpected GraphQL error"),
    ),
    plugins: [
      fastifyApolloDrainPlugin(app),
      // The explorer is our own page (see http/explorer.ts), never Apollo's CDN-loaded one.
      ApolloServerPluginLandingPageDisabled(),
      // The cache-control plugin wraps every field to compute a policy we never set (nothing
      // here is cacheable): it is switched off and every answer says no-store itself.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      metricsPlugin(metrics),
      maintenancePlugin(),
      internalErrorStatusPlugin(),
    ],
  });
}
