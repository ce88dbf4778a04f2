import type { ApolloServerPlugin } from "@apollo/server";
import { serviceStatusNoticeAt } from "@cws/domain";
import { Kind, type GraphQLObjectType, type SelectionSetNode } from "graphql";
import type { Context } from "../context.ts";
import { edgeError } from "./edge-error.ts";
import { fieldPolicyOf } from "./field-policy-plugin.ts";

/** Whether every top-level field declares `openDuringMaintenance` (introspection is always open). */
function onlyOpenFields(root: GraphQLObjectType, selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const field = root.getFields()[name];
      return (
        name.startsWith("__") ||
        (field !== undefined && fieldPolicyOf(field).openDuringMaintenance === true)
      );
    }
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return onlyOpenFields(root, selection.selectionSet);
    return false;
  });
}

/**
 * During the weekly maintenance window every operation except the fields that declare
 * `openDuringMaintenance` (the status, what the maintenance page shows) answers with one
 * error, SERVICE_IN_MAINTENANCE, carrying when the service reopens.
 */
export function maintenancePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, schema }) {
          const { config, clock } = contextValue;
          // Computed at most once per minute: this runs on every request.
          const status = serviceStatusNoticeAt(clock.now(), config);
          // An operation that cannot be resolved is left to Apollo, which answers it with a 400.
          if (!operation || status.open || !status.reopensAt || !status.message) return;
          const root = schema.getRootType(operation.operation);
          if (root && onlyOpenFields(root, operation.selectionSet)) return;
          const reopensAt = status.reopensAt.toISOString();
          throw edgeError("SERVICE_IN_MAINTENANCE", {
            message: status.message,
            extensions: { reopensAt },
          });
        },
      };
    },
  };
}
