import type { Customer } from "../../session/session-provider.tsx";

/**
 * Where a customer goes once logged in: to the password change while a temporary password
 * is pending (nothing else is reachable), else back to the screen that asked for a login,
 * else home. Only in-app paths are followed, never another site.
 */
export function afterLogin(customer: Customer, from: unknown): string {
  if (customer.requiredAction === "CHANGE_PASSWORD") return "/password/change";
  if (
    typeof from === "string" &&
    from.startsWith("/") &&
    !from.startsWith("//") &&
    from !== "/login"
  )
    return from;
  return "/home";
}

/** The `from` a guard put in the location state when it sent the visitor to log in. */
export function fromOf(state: unknown): unknown {
  return typeof state === "object" && state !== null && "from" in state ? state.from : undefined;
}
