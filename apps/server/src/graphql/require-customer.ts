import type { SessionPrincipal } from "@cws/domain";
import { edgeError } from "./edge-error.ts";

/** What it needs of the request context (so the context itself can use it). */
interface HasSession {
  session(): Promise<SessionPrincipal | null>;
}

/** The caller's live session, or a typed UNAUTHENTICATED error for operations that need one. */
export async function requireCustomer(ctx: HasSession): Promise<SessionPrincipal> {
  const session = await ctx.session();
  if (!session) {
    throw edgeError("UNAUTHENTICATED");
  }
  return session;
}
