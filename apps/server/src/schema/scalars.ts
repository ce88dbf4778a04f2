import { GraphQLError, Kind } from "graphql";
import { builder } from "../builder.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (
    typeof value !== "string" ||
    !DATE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  ) {
    throw new GraphQLError("Date must be a calendar date written YYYY-MM-DD", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

builder.scalarType("Date", {
  description: "A calendar date in Japan time, written YYYY-MM-DD.",
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType("DateTime", {
  description: "An instant, written as an ISO 8601 string in UTC.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) {
      throw new GraphQLError("DateTime must be an ISO 8601 string", {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return date;
  },
});
