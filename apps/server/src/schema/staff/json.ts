import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "../../builder.ts";

/** A JSON literal as a plain value (objects, lists, strings, numbers, booleans, null). */
function literalValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalValue);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalValue(f.value)]));
    default:
      throw new GraphQLError("JSON literals cannot hold variables", {
        extensions: { code: "BAD_USER_INPUT" },
      });
  }
}

// Small enough to own: graphql-scalars would add a dependency for this one scalar.
builder.scalarType("JSON", {
  description: "Any JSON value, as is (e.g. the detail of an audit event).",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalValue,
});
