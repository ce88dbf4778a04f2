import { loadConfig } from "@cws/config";
import { type Em, ManualClock } from "@cws/domain";
import type { FastifyReply, FastifyRequest } from "fastify";
import { describe, expect, it } from "vitest";
import { createContext } from "./context.ts";
import type { Throttle } from "./http/throttle.ts";

function contextWithForkCounter() {
  let forks = 0;
  const root = { fork: () => ({ fork: root.fork, n: ++forks }) } as unknown as Em;
  const request = { ip: "192.0.2.1", headers: {}, id: "req-1" } as unknown as FastifyRequest;
  const deps = {
    config: loadConfig({ NODE_ENV: "test" }),
    clock: new ManualClock("2026-11-25T10:00:00Z"),
    em: root,
    throttle: {} as Throttle,
  };
  return { context: createContext(deps, request, {} as FastifyReply), forks: () => forks };
}

describe("the request context", () => {
  it("forks the entity manager only when something uses it, and once", () => {
    const { context, forks } = contextWithForkCounter();
    const scope = context.scope();
    expect(scope.config).toBe(context.config);
    expect(forks()).toBe(0);
    expect(scope.em).toBe(context.em);
    expect(context.scope().em).toBe(context.em);
    expect(forks()).toBe(1);
  });

  it("shares the one fork with a copy of the context, as Apollo's executeOperation makes", () => {
    const { context, forks } = contextWithForkCounter();
    const copy = Object.assign(
      Object.create(Object.getPrototypeOf(context)),
      context,
    ) as typeof context;
    // Apollo copies the context of every request: the copy must not fork for `{ __typename }`.
    expect(forks()).toBe(0);
    expect(copy.em).toBe(context.em);
    expect(copy.scope().em).toBe(context.scope().em);
    expect(forks()).toBe(1);
  });
});
