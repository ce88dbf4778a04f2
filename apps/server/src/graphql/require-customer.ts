import type { SessionPrincipal } from "@cws/domain";
import { edgeError } from "./edge-error.ts";
import type { Context } from "../context.ts";

/** The caller's live session, or a typed UNAUTHENTICATED error for operations that need one. */
export async function requireCustomer(ctx: Context): Promise<SessionPrincipal> {
  const session = await ctx.session();
  if (!session) {
    throw edgeError("UNAUTHENTICATED");
  }
  return session;
}
