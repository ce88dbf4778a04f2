import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import type { Metrics } from "./metrics.ts";

/**
 * The operation label is the root fields the operation asks for (bounded by the schema),
 * never the client-chosen operationName, which would let a client create series at will.
 */
function operationLabel(operation: OperationDefinitionNode | null | undefined): string {
  if (!operation) return "invalid";
  // Apollo keeps each parsed document, so the same operation node comes back request after request.
  let label = labels.get(operation);
  if (label === undefined) {
    label = labelOf(operation);
    labels.set(operation, label);
  }
  return label;
}

const labels = new WeakMap<OperationDefinitionNode, string>();

function labelOf(operation: OperationDefinitionNode): string {
  const fields = operation.selectionSet.selections
    .map((s) => (s.kind === Kind.FIELD ? s.name.value : "fragment"))
    .filter((name) => name !== "__typename");
  const names = [...new Set(fields)].sort();
  return names.length === 0 ? "__typename" : names.slice(0, 4).join("+");
}

/** Counts and times every GraphQL request by operation and outcome. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = "invalid";
      return {
        async didResolveOperation({ operation: resolved }) {
          operation = operationLabel(resolved);
        },
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === "single" ? body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const outcome = errors?.length ? (typeof code === "string" ? code : "ERROR") : "ok";
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.requests.inc({ operation, outcome });
          metrics.latency.observe({ operation, outcome }, seconds);
        },
      };
    },
  };
}
