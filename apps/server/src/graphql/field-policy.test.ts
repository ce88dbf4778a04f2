import { describe, expect, it } from "vitest";
import { buildSchema } from "../schema/index.ts";
import { fieldPolicyOf } from "./field-policy-plugin.ts";

const schema = buildSchema();
const roots = [schema.getQueryType()!, schema.getMutationType()!];
const rootFields = roots.flatMap((root) =>
  Object.values(root.getFields()).map((field) => ({ name: `${root.name}.${field.name}`, field })),
);

/** The scopes a field declared with scope-auth's `authScopes`. */
const authScopesOf = (field: (typeof rootFields)[number]["field"]) =>
  (field.extensions.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes;

describe("each field's policy sits on the field", () => {
  it("gives every Query and Mutation field an auth scope", () => {
    expect(rootFields.length).toBeGreaterThan(10);
    const missing = rootFields
      .filter(({ field }) => authScopesOf(field) === undefined)
      .map(({ name }) => name);
    expect(missing, "declare authScopes on these fields").toEqual([]);
  });

  it("never lets one field take both a customer scope and a staff scope", () => {
    const customerScopes = ["visitor", "customer", "pendingCustomer"];
    const staffScopes = ["staffAgent", "staffAdmin"];
    const mixed = rootFields
      .filter(({ field }) => {
        const declared = Object.keys((authScopesOf(field) as Record<string, boolean>) ?? {});
        return (
          declared.some((s) => customerScopes.includes(s)) &&
          declared.some((s) => staffScopes.includes(s))
        );
      })
      .map(({ name }) => name);
    expect(mixed).toEqual([]);
    const staffFields = rootFields
      .filter(({ field }) =>
        Object.keys((authScopesOf(field) as Record<string, boolean>) ?? {}).some((s) =>
          staffScopes.includes(s),
        ),
      )
      .map(({ name }) => name);
    expect(staffFields.length).toBeGreaterThanOrEqual(16);
  });

  it("keeps open during maintenance exactly what the maintenance page needs", () => {
    const open = rootFields
      .filter(({ field }) => fieldPolicyOf(field).openDuringMaintenance)
      .map(({ name }) => name);
    expect(open.sort()).toEqual(["Query.branding", "Query.passwordPolicy", "Query.serviceStatus"]);
  });

  it("throttles every sign-in or verification step and nothing else", () => {
    const throttled = Object.fromEntries(
      rootFields
        .map(({ name, field }) => [name, fieldPolicyOf(field).throttle])
        .filter(([, action]) => action),
    );
    expect(throttled).toEqual({
      "Mutation.changePassword": "password",
      "Mutation.completeCredentialReset": "stepToken",
      "Mutation.completeRegistration": "stepToken",
      "Mutation.login": "login",
      "Mutation.requestCredentialReset": "reset",
      "Mutation.staffLogin": "staffLogin",
      "Mutation.startRegistration": "registration",
      "Mutation.updateSettings": "password",
      "Mutation.verifyKeyword": "keyword",
    });
  });

  it("lets a customer with a pending required action reach only me, changePassword, logout, public fields", () => {
    const reachable = rootFields
      .filter(({ field }) => {
        const scopes = authScopesOf(field) as Record<string, boolean>;
        return scopes.public || scopes.pendingCustomer;
      })
      .map(({ name }) => name);
    expect(reachable.sort()).toEqual([
      "Mutation.changePassword",
      "Mutation.logout",
      "Mutation.staffLogin",
      "Query.branding",
      "Query.me",
      "Query.passwordPolicy",
      "Query.serviceStatus",
    ]);
  });
});
