import { testDatabaseKinds } from "@cws/domain/testing";
import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../src/schema/index.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

// Random and hostile values for every argument of every query and mutation, over HTTP:
// whatever arrives, the answer is a GraphQL answer (a typed result, a validation error, a
// refusal), never a 5xx and never INTERNAL_SERVER_ERROR.

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\u0007\u001b[31m",
    "\ud800",
    "x\udfffy",
    "\u202e\u200b",
    "' or 1=1 --",
    "%00",
    "𠮷野家",
  ),
  fc.constantFrom("9999-99-99", "2026-02-30", "0000-00-00", "1975-01-01T00:00:00Z", "-1", ""),
  fc.nat({ max: 12_000 }).map((n) => "あ".repeat(n)),
  fc.nat({ max: 12_000 }).map((n) => "A".repeat(n)),
);

const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ a: 1 }),
);

function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof(
      { weight: 9, arbitrary: valueFor(type.ofType, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  if (isListType(type)) return fc.array(valueFor(type.ofType, depth + 1), { maxLength: 3 });
  const named = getNamedType(type);
  if (isEnumType(named))
    return fc.oneof(fc.constantFrom(...named.getValues().map((v) => v.name)), hostileString);
  if (isInputObjectType(named)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(named.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), {
      requiredKeys: [],
    });
  }
  if (isScalarType(named) && (named.name === "Int" || named.name === "Float"))
    return fc.oneof(fc.integer(), fc.double(), hostileString, wrongType);
  if (isScalarType(named) && named.name === "Boolean") return fc.oneof(fc.boolean(), wrongType);
  return fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
}

function operationFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = field.args as readonly GraphQLArgument[];
  const variables = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const call = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? "" : " { __typename }";
  return `${kind} Fuzz${variables ? `(${variables})` : ""} { ${field.name}${call ? `(${call})` : ""}${selection} }`;
}

describe.each(testDatabaseKinds().slice(0, 1))("hostile input over HTTP on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "100000" });
  });
  afterAll(() => server?.close());

  const schema = buildSchema();
  const roots: ["query" | "mutation", GraphQLObjectType][] = [
    ["query", schema.getQueryType()!],
    ["mutation", schema.getMutationType()!],
  ];
  const fields = roots.flatMap(([kind, type]) =>
    Object.values(type.getFields()).map((field) => [kind, field] as const),
  );

  it(
    "refuses a NUL in login's user ID with ValidationFailed on " +
      "that field (it reached PostgreSQL and failed with a 500)",
    async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query:
            "mutation ($input: LoginInput!) { login(input: $input) { __typename " +
            "... on ValidationFailed { fieldErrors { field code } } } }",
          variables: { input: { userId: "taro\u0000@example.com", password: "Secret-2026xy" } },
        }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        data: {
          login: {
            __typename: "ValidationFailed",
            fieldErrors: [{ field: "userId", code: "INVALID_CHARACTERS" }],
          },
        },
      });
    },
  );

  it("refuses a control character in an argument without a ValidationFailed result with BAD_USER_INPUT", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "query ($token: String!) { verificationLink(token: $token) { __typename } }",
        variables: { token: "a\u0007b" },
      }),
    });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
        .extensions.code,
    ).toBe("BAD_USER_INPUT");
  });

  it.each(fields.map(([kind, field]) => [`${kind} ${field.name}`, kind, field] as const))(
    "%s never answers 5xx or INTERNAL_SERVER_ERROR",
    async (_name, kind, field) => {
      const query = operationFor(kind, field);
      const variables = fc.record(
        Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type)])),
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          const response = await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query, variables: vars }),
          });
          const text = await response.text();
          expect(response.status, text).toBeLessThan(500);
          expect(text).not.toContain("INTERNAL_SERVER_ERROR");
        }),
        { numRuns: 25 },
      );
    },
    120_000,
  );
});
