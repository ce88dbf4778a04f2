import SchemaBuilder from "@pothos/core";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { Context } from "./context.ts";
import { type AuthScopes, authScopesOf, unauthorizedError } from "./graphql/auth-scopes.ts";
import "./graphql/field-policy-plugin.ts";
import "./graphql/input-guard-plugin.ts";

/**
 * The one Pothos builder. Scalars: calendar dates and instants travel as ISO strings.
 * Each field declares its policy: who may call it (`authScopes`, see graphql/auth-scopes.ts),
 * and whether it stays open during maintenance or is a throttled sign-in step (see
 * graphql/field-policy-plugin.ts). Scope-auth is listed first, so it checks before throttling;
 * every string argument is checked for control characters (graphql/input-guard-plugin.ts).
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, "fieldPolicy", "inputGuard"],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: authScopesOf,
    treatErrorsAsUnauthorized: true,
    unauthorizedError: (_parent, _context, _info, result) => unauthorizedError(result.failure),
  },
});

builder.queryType({});
builder.mutationType({});
