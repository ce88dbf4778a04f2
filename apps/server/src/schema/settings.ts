import {
  changePassword,
  confirmEmailChange,
  setAccountLanguage,
  updateSettings,
  type Account,
  profileOfAccount,
} from "@cws/domain";
import { builder } from "../builder.ts";
import { CustomerRef } from "./customer.ts";
import { LinkExpiredRef, LinkUnknownRef, LinkUsedRef } from "./links.ts";
import {
  asProblem,
  byTypename,
  simpleProblem,
  TooManyAttemptsRef,
  ValidationFailedRef,
} from "./problems.ts";

interface PasswordChangedShape {
  __typename: "PasswordChanged";
  customer: Account;
}

const PasswordChangedRef = builder.objectRef<PasswordChangedShape>("PasswordChanged").implement({
  description: "The password is changed; every other session of the account has ended.",
  isTypeOf: (v) => (v as PasswordChangedShape).__typename === "PasswordChanged",
  fields: (t) => ({
    customer: t.field({
      type: CustomerRef,
      resolve: (p, _a, ctx) => profileOfAccount(ctx.em, p.customer),
    }),
  }),
});

const ChangePasswordResultRef = builder.unionType("ChangePasswordResult", {
  types: [PasswordChangedRef, ValidationFailedRef, TooManyAttemptsRef],
  resolveType: byTypename,
});

builder.mutationField("changePassword", (t) =>
  t.field({
    authScopes: { customer: true, pendingCustomer: true },
    throttle: "password",
    type: ChangePasswordResultRef,
    description:
      "The required action after a temporary password (no current password " +
      "needed then), and an ordinary change (current password required).",
    args: {
      currentPassword: t.arg.string({ required: false }),
      newPassword: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const outcome = await changePassword(await ctx.customerScope(), args);
      if (!outcome.ok) return asProblem(outcome.error);
      return { __typename: "PasswordChanged" as const, customer: outcome.account };
    },
  }),
);

interface SettingsUpdatedShape {
  __typename: "SettingsUpdated";
  customer: Account;
  pendingEmail: string | null;
}

const SettingsUpdatedRef = builder.objectRef<SettingsUpdatedShape>("SettingsUpdated").implement({
  description:
    "Settings saved. A new e-mail address is pending until the link mailed to it is confirmed.",
  isTypeOf: (v) => (v as SettingsUpdatedShape).__typename === "SettingsUpdated",
  fields: (t) => ({
    customer: t.field({
      type: CustomerRef,
      resolve: (s, _a, ctx) => profileOfAccount(ctx.em, s.customer),
    }),
    pendingEmail: t.exposeString("pendingEmail", { nullable: true }),
  }),
});

const UpdateSettingsResultRef = builder.unionType("UpdateSettingsResult", {
  types: [SettingsUpdatedRef, ValidationFailedRef, TooManyAttemptsRef],
  resolveType: byTypename,
});

const UpdateSettingsInputRef = builder.inputType("UpdateSettingsInput", {
  fields: (t) => ({
    email: t.string({
      required: false,
      description:
        "A new e-mail address; it becomes the user ID once confirmed through the link mailed to it.",
    }),
    mailOptIn: t.boolean({ required: false }),
    currentPassword: t.string({ required: false, description: "Required with newPassword." }),
    newPassword: t.string({ required: false }),
  }),
});

builder.mutationField("updateSettings", (t) =>
  t.field({
    authScopes: { customer: true },
    throttle: "password",
    type: UpdateSettingsResultRef,
    description:
      "E-mail, password and mail preference of the logged-in customer; the customer is notified of every change.",
    args: { input: t.arg({ type: UpdateSettingsInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await updateSettings(await ctx.customerScope(), input);
      if (!outcome.ok) return asProblem(outcome.error);
      return {
        __typename: "SettingsUpdated" as const,
        customer: outcome.account,
        pendingEmail: outcome.pendingEmail,
      };
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

const EmailUnavailableRef = simpleProblem(
  "EmailUnavailable",
  "The address is now in use by another account.",
);

const ConfirmEmailResultRef = builder.unionType("ConfirmEmailChangeResult", {
  types: [EmailConfirmedRef, EmailUnavailableRef, LinkExpiredRef, LinkUsedRef, LinkUnknownRef],
  resolveType: byTypename,
});

builder.mutationField("confirmEmailChange", (t) =>
  t.field({
    authScopes: { visitor: true },
    type: ConfirmEmailResultRef,
    description:
      "Confirms a new e-mail address with the token of the link mailed to it " +
      "(the page asks for a click, so scanners opening the link change nothing).",
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      const outcome = await confirmEmailChange(ctx.scope(), { token });
      return outcome.ok
        ? { __typename: "EmailConfirmed" as const, email: outcome.email }
        : asProblem(outcome.error);
    },
  }),
);

const LanguageRef = builder.enumType("Language", {
  description: "A language of the web app: ja (日本語, the default) or en (English).",
  values: { ja: { value: "ja" }, en: { value: "en" } } as const,
});

builder.mutationField("setLanguage", (t) =>
  t.field({
    authScopes: { customer: true },
    type: LanguageRef,
    description:
      "Remembers the language the signed-in customer switched the web app to: mails to an " +
      "English-speaking customer open with one English line (they stay Japanese otherwise).",
    args: { language: t.arg({ type: LanguageRef, required: true }) },
    resolve: async (_root, { language }, ctx) =>
      setAccountLanguage(await ctx.customerScope(), language),
  }),
);
