import {
  CUSTOMER_LOOKUP_KEYS,
  type CustomerMailSummary,
  type CustomerSummary,
  customerLookup,
  resendMail,
  staffIssueTemporaryPassword,
  staffUnlockAccount,
} from "@cws/domain";
import { builder } from "../../builder.ts";
import { byTypename } from "../problems.ts";
import { asStaffProblem, NothingToResendRef, RecordNotFoundRef } from "./problems.ts";

/* What staff do for a customer on the phone: find them, and act on their account or mail. */

const CustomerLookupKeyRef = builder.enumType("CustomerLookupKey", {
  description: "社員番号, kana (family name, or family + given name), e-mail, or 契約番号.",
  values: CUSTOMER_LOOKUP_KEYS,
});

const CustomerMailRef = builder.objectRef<CustomerMailSummary>("CustomerMail").implement({
  description: "A mail to the customer still to be delivered (PENDING) or given up on (FAILED).",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.exposeString("kind"),
    status: t.exposeString("status"),
    to: t.exposeString("to"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastError: t.exposeString("lastError", { nullable: true }),
  }),
});

type AccountState = NonNullable<CustomerSummary["account"]>;

const CustomerAccountStateRef = builder.objectRef<AccountState>("CustomerAccountState").implement({
  description: "The customer's web account: registered, locked or not, last login.",
  fields: (t) => ({
    accountId: t.exposeID("accountId"),
    userId: t.exposeString("userId"),
    email: t.exposeString("email"),
    locked: t.exposeBoolean("locked"),
    lockedUntil: t.expose("lockedUntil", { type: "DateTime", nullable: true }),
    lastLoginAt: t.expose("lastLoginAt", { type: "DateTime", nullable: true }),
  }),
});

const CustomerSummaryRef = builder.objectRef<CustomerSummary>("CustomerSummary").implement({
  description: "A policyholder as staff see them; `account` is null until they register.",
  fields: (t) => ({
    policyholderId: t.exposeID("policyholderId"),
    groupName: t.exposeString("groupName"),
    employeeNumber: t.exposeString("employeeNumber"),
    name: t.exposeString("name"),
    kana: t.exposeString("kana"),
    birthDate: t.expose("birthDate", { type: "Date" }),
    emailOnFile: t.exposeString("emailOnFile", { nullable: true }),
    account: t.field({ type: CustomerAccountStateRef, nullable: true, resolve: (c) => c.account }),
    mails: t.field({ type: [CustomerMailRef], resolve: (c) => c.mails }),
  }),
});

builder.queryField("customerLookup", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: [CustomerSummaryRef],
    description:
      "Finds customers (at most 50). An AGENT finds only their own agency's customers; " +
      "another agency's are simply not found.",
    args: {
      by: t.arg({ type: CustomerLookupKeyRef, required: true }),
      value: t.arg.string({ required: true }),
    },
    resolve: async (_root, { by, value }, ctx) =>
      customerLookup(await ctx.staffScope(), { by, value }),
  }),
);

interface TemporaryPasswordIssuedShape {
  __typename: "TemporaryPasswordIssued";
  temporaryPassword: string;
  expiresAt: Date;
}

const TemporaryPasswordIssuedRef = builder
  .objectRef<TemporaryPasswordIssuedShape>("TemporaryPasswordIssued")
  .implement({
    description: "Shown this once: hand it to the customer. Single use; it expires at expiresAt.",
    isTypeOf: (v) => (v as TemporaryPasswordIssuedShape).__typename === "TemporaryPasswordIssued",
    fields: (t) => ({
      temporaryPassword: t.exposeString("temporaryPassword"),
      expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    }),
  });

const IssueTemporaryPasswordResultRef = builder.unionType("IssueTemporaryPasswordResult", {
  types: [TemporaryPasswordIssuedRef, RecordNotFoundRef],
  resolveType: byTypename,
});

builder.mutationField("issueTemporaryPassword", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: IssueTemporaryPasswordResultRef,
    description:
      "Issues a random single-use temporary password (72 h by default) for a customer account " +
      "of the staff member's agency (audited as TEMPORARY_PASSWORD_ISSUED).",
    args: { accountId: t.arg.id({ required: true }) },
    resolve: async (_root, { accountId }, ctx) => {
      const issued = await staffIssueTemporaryPassword(await ctx.staffScope(), {
        accountId: String(accountId),
      });
      if (!issued.ok) return asStaffProblem(issued);
      return {
        __typename: "TemporaryPasswordIssued" as const,
        temporaryPassword: issued.temporaryPassword,
        expiresAt: issued.expiresAt,
      };
    },
  }),
);

interface AccountUnlockedShape {
  __typename: "AccountUnlocked";
  accountId: string;
}

const AccountUnlockedRef = builder.objectRef<AccountUnlockedShape>("AccountUnlocked").implement({
  description: "The lockout is lifted; the customer may log in again.",
  isTypeOf: (v) => (v as AccountUnlockedShape).__typename === "AccountUnlocked",
  fields: (t) => ({ accountId: t.exposeID("accountId") }),
});

const UnlockAccountResultRef = builder.unionType("UnlockAccountResult", {
  types: [AccountUnlockedRef, RecordNotFoundRef],
  resolveType: byTypename,
});

builder.mutationField("unlockAccount", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: UnlockAccountResultRef,
    description: "Lifts a customer's lockout before it runs out (audited as ACCOUNT_UNLOCKED).",
    args: { accountId: t.arg.id({ required: true }) },
    resolve: async (_root, { accountId }, ctx) => {
      const id = String(accountId);
      const unlocked = await staffUnlockAccount(await ctx.staffScope(), { accountId: id });
      if (!unlocked.ok) return asStaffProblem(unlocked);
      return { __typename: "AccountUnlocked" as const, accountId: id };
    },
  }),
);

interface MailResentShape {
  __typename: "MailResent";
  messageId: string;
  freshLink: boolean;
  keyword: string | null;
  linkExpiresAt: Date | null;
}

const MailResentRef = builder.objectRef<MailResentShape>("MailResent").implement({
  description:
    "The mail is queued again. With freshLink, a new link was issued (the old one no longer " +
    "works) and, where the link needs one, `keyword` is its new keyword, shown this once.",
  isTypeOf: (v) => (v as MailResentShape).__typename === "MailResent",
  fields: (t) => ({
    messageId: t.exposeID("messageId", { description: "The mail now queued." }),
    freshLink: t.exposeBoolean("freshLink"),
    keyword: t.exposeString("keyword", { nullable: true }),
    linkExpiresAt: t.expose("linkExpiresAt", { type: "DateTime", nullable: true }),
  }),
});

const ResendMailResultRef = builder.unionType("ResendMailResult", {
  types: [MailResentRef, RecordNotFoundRef, NothingToResendRef],
  resolveType: byTypename,
});

builder.mutationField("resendMail", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: ResendMailResultRef,
    description:
      "Re-sends a customer's PENDING or FAILED mail (from customerLookup's mails; audited as MAIL_RESENT).",
    args: { messageId: t.arg.id({ required: true }) },
    resolve: async (_root, { messageId }, ctx) => {
      const resent = await resendMail(await ctx.staffScope(), { messageId: String(messageId) });
      if (!resent.ok) return asStaffProblem(resent);
      const { ok: _ok, ...mail } = resent;
      return { __typename: "MailResent" as const, ...mail };
    },
  }),
);
