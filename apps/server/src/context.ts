import type { Config } from "@cws/config";
import type { Em } from "@cws/domain/database/orm";
import type { Clock } from "@cws/domain/time/clock";
import type { FastifyReply, FastifyRequest } from "fastify";

/** Who is calling, for throttling and the audit trail. */
export interface ClientInfo {
  ip: string;
  userAgent: string;
}

/** What every resolver gets: one forked entity manager per request, settings, the clock. */
export interface Context {
  config: Config;
  clock: Clock;
  em: Em;
  client: ClientInfo;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface ContextDeps {
  config: Config;
  clock: Clock;
  em: Em;
}

export function createContext(deps: ContextDeps, request: FastifyRequest, reply: FastifyReply): Context {
  return {
    config: deps.config,
    clock: deps.clock,
    // A fork per request keeps each request's identity map its own.
    em: deps.em.fork(),
    client: { ip: request.ip, userAgent: String(request.headers["user-agent"] ?? "").slice(0, 500) },
    request,
    reply,
  };
}
