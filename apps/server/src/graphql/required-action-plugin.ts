import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type SelectionSetNode } from "graphql";
import type { Context } from "../context.ts";
import { edgeError } from "./edge-error.ts";

/**
 * What a customer with a required action may still do: see themselves, change the password
 * (with the policy's rules shown live), leave.
 */
const ALLOWED = new Set(["me", "changePassword", "logout", "serviceStatus", "branding", "passwordPolicy", "__typename"]);

function onlyAllowed(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.every((s) => (s.kind === Kind.FIELD ? ALLOWED.has(s.name.value) : s.kind === Kind.INLINE_FRAGMENT && onlyAllowed(s.selectionSet)));
}

/**
 * After logging in with a temporary password, nothing but setting a new password is
 * reachable: every other operation answers PASSWORD_CHANGE_REQUIRED.
 */
export function requiredActionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!operation || onlyAllowed(operation.selectionSet)) return;
          const session = await contextValue.session();
          if (session?.account.requiredAction !== "CHANGE_PASSWORD") return;
          throw edgeError("PASSWORD_CHANGE_REQUIRED");
        },
      };
    },
  };
}
