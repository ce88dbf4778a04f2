import type { ApolloServerPlugin } from "@apollo/server";
import { serviceStatusAt } from "@cws/domain";
import { Kind, type SelectionSetNode } from "graphql";
import type { Context } from "../context.ts";
import { edgeError } from "./edge-error.ts";
import { maintenanceMessage } from "../schema/service-status.ts";

/**
 * Top-level fields that answer during maintenance: the status itself, what the maintenance
 * page shows, and the password policy, which the web app asks for in the same start-up query.
 */
const ALWAYS_OPEN = new Set(["serviceStatus", "branding", "passwordPolicy", "__typename", "__schema", "__type"]);

function onlyAlwaysOpenFields(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return ALWAYS_OPEN.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyAlwaysOpenFields(selection.selectionSet);
    return false;
  });
}

/**
 * During the weekly maintenance window every operation except the service status answers
 * with one typed error, SERVICE_IN_MAINTENANCE, carrying when the service reopens.
 */
export function maintenancePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const { config, clock } = contextValue;
          const status = serviceStatusAt(clock.now(), config.maintenanceWindow);
          // An operation that cannot be resolved is left to Apollo, which answers it with a 400.
          if (!operation || status.open || onlyAlwaysOpenFields(operation.selectionSet)) return;
          const message = maintenanceMessage(status.reopensAt, config.timeZone);
          throw edgeError("SERVICE_IN_MAINTENANCE", { message, extensions: { reopensAt: status.reopensAt.toISOString() } });
        },
      };
    },
  };
}
