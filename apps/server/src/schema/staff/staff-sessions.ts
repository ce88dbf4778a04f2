import { staffLogin, staffLogout, staffMemberById, type StaffMemberView } from "@cws/domain";
import { builder } from "../../builder.ts";
import { edgeError } from "../../graphql/edge-error.ts";
import { asProblem, byTypename, TooManyAttemptsRef, ValidationFailedRef } from "../problems.ts";
import { asStaffProblem, StaffLoginFailedRef } from "./problems.ts";
import { StaffMemberRef } from "./staff-member.ts";

interface StaffSignedInShape {
  __typename: "StaffSignedIn";
  sessionToken: string;
  expiresAt: Date;
  staff: StaffMemberView;
}

const StaffSignedInRef = builder.objectRef<StaffSignedInShape>("StaffSignedIn").implement({
  description:
    "Logged in. Send `Authorization: Bearer <sessionToken>` with every staff request; the session " +
    "ends at `expiresAt`, or earlier after STAFF_SESSION_IDLE_MINUTES (15) without a request.",
  isTypeOf: (v) => (v as StaffSignedInShape).__typename === "StaffSignedIn",
  fields: (t) => ({
    sessionToken: t.exposeString("sessionToken"),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    staff: t.field({ type: StaffMemberRef, resolve: (s) => s.staff }),
  }),
});

const StaffLoginResultRef = builder.unionType("StaffLoginResult", {
  types: [StaffSignedInRef, StaffLoginFailedRef, TooManyAttemptsRef, ValidationFailedRef],
  resolveType: byTypename,
});

const StaffLoginInputRef = builder.inputType("StaffLoginInput", {
  fields: (t) => ({
    userId: t.string({ required: true, description: "The staff member's user ID." }),
    password: t.string({ required: true }),
    totpCode: t.string({
      required: true,
      description: "The 6-digit code the authenticator app shows now (RFC 6238).",
    }),
  }),
});

builder.mutationField("staffLogin", (t) =>
  t.field({
    // No session needed; a customer's cookie or token is ignored (staff sessions are separate).
    authScopes: { public: true },
    throttle: "staffLogin",
    type: StaffLoginResultRef,
    description:
      "User ID + password + TOTP code → a bearer session. Every failure (unknown user, wrong " +
      "password or code, reused code, locked, disabled) is the same StaffLoginFailed.",
    args: { input: t.arg({ type: StaffLoginInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await staffLogin(ctx.scope(), input);
      if (!outcome.ok) {
        if (outcome.code === "VALIDATION_FAILED") {
          const { ok: _ok, ...failure } = outcome;
          return asProblem(failure);
        }
        return asStaffProblem(outcome);
      }
      const staff = await staffMemberById(ctx.em, outcome.staffId);
      if (!staff) throw new Error("a staff member who just logged in is gone");
      return {
        __typename: "StaffSignedIn" as const,
        sessionToken: outcome.sessionToken,
        expiresAt: outcome.expiresAt,
        staff,
      };
    },
  }),
);

interface StaffLoggedOutShape {
  ok: boolean;
}

const StaffLoggedOutRef = builder.objectRef<StaffLoggedOutShape>("StaffLoggedOut").implement({
  description: "The staff session has ended; its token no longer works.",
  fields: (t) => ({ ok: t.exposeBoolean("ok") }),
});

builder.mutationField("staffLogout", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: StaffLoggedOutRef,
    description: "Ends the current staff session (the bearer token sent).",
    resolve: async (_root, _args, ctx) => staffLogout(await ctx.staffScope()),
  }),
);

builder.queryField("staffMe", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: StaffMemberRef,
    nullable: true,
    description:
      "The signed-in staff member. Never null in practice: without a live staff session the " +
      "scope refuses with UNAUTHENTICATED.",
    resolve: async (_root, _args, ctx) => {
      const scope = await ctx.staffScope();
      const me = await staffMemberById(scope.em, scope.staff.staffId);
      if (!me) throw edgeError("UNAUTHENTICATED");
      return me;
    },
  }),
);
