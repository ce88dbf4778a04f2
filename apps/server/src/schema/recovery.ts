import {
  completeCredentialReset,
  credentialResetForm,
  type ResetForm,
  requestCredentialReset,
} from "@cws/domain";
import { builder } from "../builder.ts";
import { deliverSession, SignedInRef, TokenDeliveryRef } from "./sessions.ts";
import {
  asProblem,
  byTypename,
  simpleProblem,
  throttled,
  TooManyAttemptsRef,
  ValidationFailedRef,
} from "./problems.ts";

const SettingChangeRef = builder.enumType("SettingChange", {
  values: {
    userId: { value: "userId" },
    email: { value: "email" },
    password: { value: "password" },
    mailOptIn: { value: "mailOptIn" },
  } as const,
});

interface ResetKeywordIssuedShape {
  __typename: "ResetKeywordIssued";
  keyword: string;
  keywordExpiresAt: Date;
}

const ResetKeywordIssuedRef = builder
  .objectRef<ResetKeywordIssuedShape>("ResetKeywordIssued")
  .implement({
    description:
      "キーワードの発行 (STEP 3): show the 10-digit keyword and that a mail with the " +
      "link was sent. The answer is the same whether or not an account matched.",
    isTypeOf: (v) => (v as ResetKeywordIssuedShape).__typename === "ResetKeywordIssued",
    fields: (t) => ({
      keyword: t.exposeString("keyword"),
      keywordExpiresAt: t.expose("keywordExpiresAt", { type: "DateTime" }),
    }),
  });

const RequestResetResultRef = builder.unionType("RequestCredentialResetResult", {
  types: [ResetKeywordIssuedRef, ValidationFailedRef, TooManyAttemptsRef],
  resolveType: byTypename,
});

builder.mutationField("requestCredentialReset", (t) =>
  t.field({
    authScopes: { visitor: true },
    throttle: "reset",
    type: RequestResetResultRef,
    description:
      "STEP 2–3: the registered e-mail address and birth date; returns the keyword valid 24 h and mails only the link.",
    args: {
      email: t.arg.string({ required: true }),
      birthDate: t.arg({ type: "Date", required: true }),
    },
    resolve: async (_root, { email, birthDate }, ctx) => {
      // Beside the per-address budget the field declares, one per address asked about.
      const limited = await throttled(ctx, "resetEmail", email.trim().toLowerCase());
      if (limited) return limited;
      const outcome = await requestCredentialReset(ctx.scope(), { email, birthDate });
      return outcome.ok
        ? { __typename: "ResetKeywordIssued" as const, ...outcome }
        : asProblem(outcome.error);
    },
  }),
);

const ResetFormRef = builder.objectRef<ResetForm>("CredentialResetForm").implement({
  description:
    "設定情報の入力 (STEP 5): name, kana and birth date are shown read-only; " +
    "the user ID (kept unless a new one is chosen), e-mail, password and mail preference can be changed.",
  fields: (t) => ({
    familyName: t.exposeString("familyName"),
    givenName: t.exposeString("givenName"),
    familyNameKana: t.exposeString("familyNameKana"),
    givenNameKana: t.exposeString("givenNameKana"),
    birthDate: t.expose("birthDate", { type: "Date" }),
    email: t.exposeString("email"),
    userId: t.exposeString("userId", { description: "The current user ID." }),
    mailOptIn: t.exposeBoolean("mailOptIn"),
  }),
});

builder.queryField("credentialResetForm", (t) =>
  t.field({
    authScopes: { visitor: true },
    type: ResetFormRef,
    nullable: true,
    description:
      "What STEP 5 shows, allowed by a live reset step token (reading " +
      "does not use the token). Null when the token is not usable.",
    args: { stepToken: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => credentialResetForm(ctx.scope(), args),
  }),
);

interface ResetPreviewShape {
  __typename: "CredentialResetPreview";
  changes: ("userId" | "email" | "password" | "mailOptIn")[];
  form: ResetForm;
  userId: string;
}

const ResetPreviewRef = builder.objectRef<ResetPreviewShape>("CredentialResetPreview").implement({
  description:
    "変更内容の確認: the input is valid; nothing has changed yet. Submit again with commit: true.",
  isTypeOf: (v) => (v as ResetPreviewShape).__typename === "CredentialResetPreview",
  fields: (t) => ({
    changes: t.field({ type: [SettingChangeRef], resolve: (p) => p.changes }),
    current: t.field({ type: ResetFormRef, resolve: (p) => p.form }),
    userId: t.exposeString("userId", {
      description: "The user ID that will log in once committed (the e-mail address will too).",
    }),
  }),
});

const ResetStepTokenInvalidRef = simpleProblem(
  "ResetStepTokenInvalid",
  "The reset step token is unknown, used or expired: start again.",
);

const CompleteResetResultRef = builder.unionType("CompleteCredentialResetResult", {
  types: [
    ResetPreviewRef,
    SignedInRef,
    ValidationFailedRef,
    ResetStepTokenInvalidRef,
    TooManyAttemptsRef,
  ],
  resolveType: byTypename,
});

const CompleteResetInputRef = builder.inputType("CompleteCredentialResetInput", {
  fields: (t) => ({
    stepToken: t.string({ required: true }),
    userId: t.string({
      required: false,
      description:
        "A new user ID (the registration rules; one with '@' must be the e-mail address); " +
        "omit or leave blank to keep the current one.",
    }),
    email: t.string({ required: true, description: "メールアドレス." }),
    password: t.string({
      required: false,
      description: "A new password; omit to keep the current one.",
    }),
    mailOptIn: t.boolean({
      required: true,
      description: "サービスに関する情報のメール: 希望する / 希望しない.",
    }),
    commit: t.boolean({
      required: true,
      description: "false: validate and preview (変更内容の確認); true: apply (完了).",
    }),
    tokenDelivery: t.field({ type: TokenDeliveryRef, required: false, defaultValue: "COOKIE" }),
  }),
});

builder.mutationField("completeCredentialReset", (t) =>
  t.field({
    authScopes: { visitor: true },
    throttle: "stepToken",
    type: CompleteResetResultRef,
    description:
      "STEP 5–6 with the step token. Committing ends every session of the " +
      "account, lifts a lockout, logs this client in and sends a notice.",
    args: { input: t.arg({ type: CompleteResetInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await completeCredentialReset(ctx.scope(), {
        ...input,
        password: input.password ?? null,
      });
      if (!outcome.ok) return asProblem(outcome.error);
      if (!outcome.committed)
        return {
          __typename: "CredentialResetPreview" as const,
          changes: outcome.changes,
          form: outcome.form,
          userId: outcome.userId,
        };
      return deliverSession(
        ctx,
        outcome.account,
        outcome.sessionToken,
        input.tokenDelivery ?? "COOKIE",
      );
    },
  }),
);
