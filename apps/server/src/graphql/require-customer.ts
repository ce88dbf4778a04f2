import type { Session } from "@cws/domain";
import { GraphQLError } from "graphql";
import type { Context } from "../context.ts";

/** The caller's live session, or a typed UNAUTHENTICATED error for operations that need one. */
export async function requireCustomer(ctx: Context): Promise<Session> {
  const session = await ctx.session();
  if (!session) {
    throw new GraphQLError("Log in to continue.", {
      extensions: { code: "UNAUTHENTICATED", messageJa: "ログインしてください。", http: { status: 401 } },
    });
  }
  return session;
}
