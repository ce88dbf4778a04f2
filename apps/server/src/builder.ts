import SchemaBuilder from "@pothos/core";
import type { Context } from "./context.ts";

/** The one Pothos builder. Scalars: calendar dates and instants travel as ISO strings. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
});

builder.queryType({});
builder.mutationType({});
