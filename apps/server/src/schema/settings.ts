import { changePassword, confirmEmailChange, updateSettings, type Account } from "@cws/domain";
import { builder } from "../builder.ts";
import { requireCustomer } from "../graphql/require-customer.ts";
import { CustomerRef } from "./customer.ts";
import { LINK_PROBLEMS, LinkExpiredRef, LinkUnknownRef, LinkUsedRef } from "./links.ts";
import { byTypename, problem, simpleProblem, TooManyAttemptsRef, validationFailed, ValidationFailedRef } from "./problems.ts";

interface PasswordChangedShape {
  __typename: "PasswordChanged";
  customer: Account;
}

const PasswordChangedRef = builder.objectRef<PasswordChangedShape>("PasswordChanged").implement({
  description: "The password is changed; every other session of the account has ended.",
  isTypeOf: (v) => (v as PasswordChangedShape).__typename === "PasswordChanged",
  fields: (t) => ({ customer: t.field({ type: CustomerRef, resolve: (p) => p.customer }) }),
});

const ChangePasswordResultRef = builder.unionType("ChangePasswordResult", {
  types: [PasswordChangedRef, ValidationFailedRef, TooManyAttemptsRef],
  resolveType: byTypename,
});

builder.mutationField("changePassword", (t) =>
  t.field({
    authScopes: { customer: true, pendingCustomer: true }, throttle: "password",
    type: ChangePasswordResultRef,
    description: "The required action after a temporary password (no current password needed then), and an ordinary change (current password required).",
    args: { currentPassword: t.arg.string({ required: false }), newPassword: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const session = await requireCustomer(ctx);
      const outcome = await changePassword(ctx.scope(), {
        accountId: session.account.id,
        sessionId: session.id,
        currentPassword: args.currentPassword?.slice(0, 256) ?? null,
        newPassword: args.newPassword.slice(0, 256),
      });
      return outcome.ok ? { __typename: "PasswordChanged" as const, customer: outcome.account } : validationFailed(outcome.errors);
    },
  }),
);

interface SettingsUpdatedShape {
  __typename: "SettingsUpdated";
  customer: Account;
  pendingEmail: string | null;
}

const SettingsUpdatedRef = builder.objectRef<SettingsUpdatedShape>("SettingsUpdated").implement({
  description: "Settings saved. A new e-mail address is pending until the link mailed to it is confirmed.",
  isTypeOf: (v) => (v as SettingsUpdatedShape).__typename === "SettingsUpdated",
  fields: (t) => ({
    customer: t.field({ type: CustomerRef, resolve: (s) => s.customer }),
    pendingEmail: t.exposeString("pendingEmail", { nullable: true }),
  }),
});

const UpdateSettingsResultRef = builder.unionType("UpdateSettingsResult", {
  types: [SettingsUpdatedRef, ValidationFailedRef, TooManyAttemptsRef],
  resolveType: byTypename,
});

const UpdateSettingsInputRef = builder.inputType("UpdateSettingsInput", {
  fields: (t) => ({
    email: t.string({ required: false, description: "A new e-mail address; it becomes the user ID once confirmed through the link mailed to it." }),
    mailOptIn: t.boolean({ required: false }),
    currentPassword: t.string({ required: false, description: "Required with newPassword." }),
    newPassword: t.string({ required: false }),
  }),
});

builder.mutationField("updateSettings", (t) =>
  t.field({
    authScopes: { customer: true }, throttle: "password",
    type: UpdateSettingsResultRef,
    description: "E-mail, password and mail preference of the logged-in customer; the customer is notified of every change.",
    args: { input: t.arg({ type: UpdateSettingsInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const session = await requireCustomer(ctx);
      const outcome = await updateSettings(ctx.scope(), {
        accountId: session.account.id,
        sessionId: session.id,
        email: input.email?.slice(0, 300),
        mailOptIn: input.mailOptIn,
        currentPassword: input.currentPassword?.slice(0, 256),
        newPassword: input.newPassword?.slice(0, 256),
      });
      return outcome.ok ? { __typename: "SettingsUpdated" as const, customer: outcome.account, pendingEmail: outcome.pendingEmail } : validationFailed(outcome.errors);
    },
  }),
);

interface EmailConfirmedShape {
  __typename: "EmailConfirmed";
  email: string;
}

const EmailConfirmedRef = builder.objectRef<EmailConfirmedShape>("EmailConfirmed").implement({
  description: "The new e-mail address is confirmed and in use.",
  isTypeOf: (v) => (v as EmailConfirmedShape).__typename === "EmailConfirmed",
  fields: (t) => ({ email: t.exposeString("email") }),
});

const EmailUnavailableRef = simpleProblem("EmailUnavailable", "The address is now in use by another account.");

const ConfirmEmailResultRef = builder.unionType("ConfirmEmailChangeResult", {
  types: [EmailConfirmedRef, EmailUnavailableRef, LinkExpiredRef, LinkUsedRef, LinkUnknownRef],
  resolveType: byTypename,
});

builder.mutationField("confirmEmailChange", (t) =>
  t.field({
    authScopes: { visitor: true },
    type: ConfirmEmailResultRef,
    description: "Confirms a new e-mail address with the token of the link mailed to it (the page asks for a click, so scanners opening the link change nothing).",
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      const outcome = await confirmEmailChange(ctx.scope(), token);
      if (outcome.ok) return { __typename: "EmailConfirmed" as const, email: outcome.email };
      switch (outcome.code) {
        case "LINK_EXPIRED":
          return LINK_PROBLEMS.EXPIRED();
        case "LINK_USED":
          return LINK_PROBLEMS.USED();
        case "LINK_UNKNOWN":
          return LINK_PROBLEMS.UNKNOWN();
        default:
          return problem("EmailUnavailable", outcome.code, { ja: "このメールアドレスはご利用いただけません。", en: "This e-mail address cannot be used." });
      }
    },
  }),
);
