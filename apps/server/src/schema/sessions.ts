import { login, type Account, logout, profileOfAccount } from "@cws/domain";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { clearSessionCookie, setSessionCookie } from "../http/session-cookie.ts";
import { CustomerRef } from "./customer.ts";
import {
  asProblem,
  byTypename,
  simpleProblem,
  TooManyAttemptsRef,
  ValidationFailedRef,
} from "./problems.ts";

export const TokenDeliveryRef = builder.enumType("TokenDelivery", {
  description:
    "How a new session token is handed over: an HttpOnly cookie for browsers, or in the payload for tools (bearer).",
  values: { COOKIE: { value: "COOKIE" }, BEARER: { value: "BEARER" } } as const,
});

export interface SignedInShape {
  __typename: "SignedIn";
  customer: Account;
  sessionToken: string | null;
}

export const SignedInRef = builder.objectRef<SignedInShape>("SignedIn").implement({
  description:
    "Logged in. `sessionToken` is only present with tokenDelivery BEARER; browsers get an HttpOnly cookie instead.",
  isTypeOf: (v) => (v as SignedInShape).__typename === "SignedIn",
  fields: (t) => ({
    customer: t.field({
      type: CustomerRef,
      resolve: (s, _a, ctx) => profileOfAccount(ctx.em, s.customer),
    }),
    sessionToken: t.exposeString("sessionToken", { nullable: true }),
  }),
});

/** Hands the new session to the caller the way it asked for it. */
export function deliverSession(
  ctx: Context,
  customer: Account,
  token: string,
  delivery: "COOKIE" | "BEARER",
): SignedInShape {
  if (delivery === "COOKIE") setSessionCookie(ctx.reply, ctx.config, token);
  return { __typename: "SignedIn", customer, sessionToken: delivery === "BEARER" ? token : null };
}

const LoginFailedRef = simpleProblem(
  "LoginFailed",
  "The user ID or password is wrong, or the account is locked; the answer is the same for unknown user IDs.",
);

const LoginResultRef = builder.unionType("LoginResult", {
  types: [SignedInRef, LoginFailedRef, ValidationFailedRef, TooManyAttemptsRef],
  resolveType: byTypename,
});

const LoginInputRef = builder.inputType("LoginInput", {
  fields: (t) => ({
    userId: t.string({
      required: true,
      description:
        "ユーザーID, or the registered e-mail address: a user ID matches first, an address " +
        "when exactly one account has it.",
    }),
    password: t.string({
      required: true,
      description: "パスワード or 仮パスワード (a temporary password from the agency).",
    }),
    tokenDelivery: t.field({ type: TokenDeliveryRef, required: false, defaultValue: "COOKIE" }),
  }),
});

builder.mutationField("login", (t) =>
  t.field({
    authScopes: { visitor: true },
    throttle: "login",
    type: LoginResultRef,
    description:
      "Starts a session. After a temporary password the customer's requiredAction is CHANGE_PASSWORD.",
    args: { input: t.arg({ type: LoginInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await login(ctx.scope(), input);
      if (!outcome.ok) return asProblem(outcome.error);
      return deliverSession(
        ctx,
        outcome.account,
        outcome.sessionToken,
        input.tokenDelivery ?? "COOKIE",
      );
    },
  }),
);

interface LoggedOutShape {
  __typename: "LoggedOut";
  ok: boolean;
}

const LoggedOutRef = builder.objectRef<LoggedOutShape>("LoggedOut").implement({
  description: "The session has ended (or there was none).",
  fields: (t) => ({ ok: t.exposeBoolean("ok") }),
});

builder.mutationField("logout", (t) =>
  t.field({
    authScopes: { public: true },
    type: LoggedOutRef,
    description: "Ends the current session and clears the cookie.",
    resolve: async (_root, _args, ctx) => {
      clearSessionCookie(ctx.reply, ctx.config);
      if (await ctx.session()) await logout(await ctx.customerScope());
      return { __typename: "LoggedOut" as const, ok: true };
    },
  }),
);
