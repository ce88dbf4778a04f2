import { ApolloServer } from "@apollo/server";
import { loadConfig } from "@cws/config";
import { ManualClock } from "@cws/domain";
import { buildSchema as parseSchema } from "graphql";
import { describe, expect, it } from "vitest";
import type { Context } from "../context.ts";
import { maintenancePlugin } from "./maintenance-plugin.ts";

const schema = parseSchema(`
  type Query { serviceStatus: Boolean branding: String contracts: [String!] }
  type Mutation { login: Boolean }
`);
// As the builder's field-policy plugin declares them on the real schema.
for (const name of ["serviceStatus", "branding"]) {
  const field = schema.getQueryType()!.getFields()[name]!;
  Object.assign(field, { extensions: { fieldPolicy: { openDuringMaintenance: true } } });
}

async function run(query: string, at: string) {
  const server = new ApolloServer<Context>({ schema, plugins: [maintenancePlugin()] });
  await server.start();
  const contextValue = {
    config: loadConfig({ NODE_ENV: "test" }),
    clock: new ManualClock(at),
  } as unknown as Context;
  const response = await server.executeOperation({ query }, { contextValue });
  await server.stop();
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return {
    status: response.http.status,
    result: JSON.parse(JSON.stringify(response.body.singleResult)),
  };
}

describe("maintenance plugin", () => {
  it("lets every operation through outside the window", async () => {
    const { result } = await run("mutation { login }", "2026-11-30T04:00:00+09:00");
    expect(result.errors).toBeUndefined();
  });

  it("answers other operations with SERVICE_IN_MAINTENANCE and the reopening time during the window", async () => {
    const { status, result } = await run("mutation { login }", "2026-11-30T02:00:00+09:00");
    expect(status).toBe(503);
    expect(result.errors[0].extensions).toMatchObject({
      code: "SERVICE_IN_MAINTENANCE",
      reopensAt: "2026-11-29T19:00:00.000Z",
    });
    expect(result.errors[0].extensions.message.ja).toBe(
      "ただいまメンテナンス中です。2026年11月30日 4:00に再開します。",
    );
  });

  it("blocks a query that mixes the status with another field", async () => {
    const { result } = await run("{ serviceStatus contracts }", "2026-11-30T03:59:00+09:00");
    expect(result.errors[0].extensions.code).toBe("SERVICE_IN_MAINTENANCE");
    expect(result.data).toBeUndefined();
  });

  it("still answers the status and branding during the window", async () => {
    const { result } = await run(
      "{ serviceStatus branding __typename }",
      "2026-11-30T03:59:00+09:00",
    );
    expect(result.errors).toBeUndefined();
  });
});
