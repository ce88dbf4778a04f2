import { AuthScopeFailureType, type AuthFailure } from "@pothos/plugin-scope-auth";
import { STAFF_MESSAGES } from "@cws/domain";
import type { Context } from "../context.ts";
import { edgeError } from "./edge-error.ts";

/**
 * Who may call a field (declared on it with `authScopes`):
 * - `public`: anyone, even a customer who must set a new password first;
 * - `visitor`: anyone, except a customer with a pending required action;
 * - `customer`: a signed-in customer with no pending required action;
 * - `pendingCustomer`: a signed-in customer whose required action is pending;
 * - `staffAgent`: a staff member's bearer session (AGENT or ADMIN), never a customer's session;
 * - `staffAdmin`: a staff member's bearer session with the ADMIN role (an AGENT gets FORBIDDEN).
 */
export interface AuthScopes {
  public: boolean;
  visitor: boolean;
  customer: boolean;
  pendingCustomer: boolean;
  staffAgent: boolean;
  staffAdmin: boolean;
}

/**
 * The scopes of one request. Scopes that need the session load it lazily (once per
 * request) and refuse with the reason the caller can act on, UNAUTHENTICATED or
 * PASSWORD_CHANGE_REQUIRED; {@link unauthorizedError} surfaces it.
 */
export function authScopesOf(ctx: Context) {
  const session = async () => {
    const current = await ctx.session();
    if (!current) throw edgeError("UNAUTHENTICATED");
    return current;
  };
  return {
    public: true,
    visitor: async () => {
      if ((await ctx.session())?.requiredAction) throw edgeError("PASSWORD_CHANGE_REQUIRED");
      return true;
    },
    customer: async () => {
      if ((await session()).requiredAction) throw edgeError("PASSWORD_CHANGE_REQUIRED");
      return true;
    },
    pendingCustomer: async () => Boolean((await session()).requiredAction),
    staffAgent: async () => Boolean(await ctx.staffScope()),
    staffAdmin: async () => {
      if ((await ctx.staffScope()).staff.role !== "ADMIN")
        throw edgeError("FORBIDDEN", { message: STAFF_MESSAGES.STAFF_FORBIDDEN });
      return true;
    },
  };
}

function firstError(failure: AuthFailure): unknown {
  if ("error" in failure && failure.error) return failure.error;
  if (
    failure.kind === AuthScopeFailureType.AnyAuthScopes ||
    failure.kind === AuthScopeFailureType.AllAuthScopes
  ) {
    for (const child of failure.failures) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return null;
}

/** The refusal a scope gave (UNAUTHENTICATED, PASSWORD_CHANGE_REQUIRED), else FORBIDDEN. */
export function unauthorizedError(failure: AuthFailure): Error {
  const found = firstError(failure);
  return found instanceof Error ? found : edgeError("FORBIDDEN");
}
