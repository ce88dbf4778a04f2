import type { Config } from "@cws/config";
import type { FastifyReply, FastifyRequest } from "fastify";

export const SESSION_COOKIE = "cws_session";

/** The session token from the cookie (browsers) or the Authorization header (tools). */
export function readSessionToken(request: FastifyRequest): string | null {
  return readBearerToken(request) ?? request.cookies?.[SESSION_COOKIE] ?? null;
}

/**
 * The bearer token of the Authorization header, and nothing else: staff sessions travel only
 * this way, so a browser's cookie can never stand in for one.
 */
export function readBearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith("Bearer ")) return null;
  return header.slice("Bearer ".length).trim() || null;
}

/** HttpOnly so scripts never see it, SameSite=Lax against cross-site posts, Secure outside development. */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.http.secureCookies,
    path: "/",
    maxAge: config.sessions.absoluteHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.http.secureCookies,
    path: "/",
  });
}
