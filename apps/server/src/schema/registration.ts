import { completeRegistration, startRegistration, KEYWORD_RULE_DESCRIPTION } from "@cws/domain";
import { builder } from "../builder.ts";
import { deliverSession, SignedInRef, TokenDeliveryRef } from "./sessions.ts";
import {
  asProblem,
  byTypename,
  simpleProblem,
  TooManyAttemptsRef,
  ValidationFailedRef,
} from "./problems.ts";

const StartRegistrationInputRef = builder.inputType("StartRegistrationInput", {
  description:
    "お客さま情報の入力 (seed step 3). Identity is proven against the policyholder records the agency loaded.",
  fields: (t) => ({
    familyName: t.string({ required: true, description: "契約者氏名 (姓)." }),
    givenName: t.string({ required: true, description: "契約者氏名 (名)." }),
    familyNameKana: t.string({
      required: true,
      description: "カナ (セイ). Hiragana is accepted and read as katakana.",
    }),
    givenNameKana: t.string({ required: true, description: "カナ (メイ)." }),
    birthDate: t.field({ type: "Date", required: true, description: "生年月日." }),
    email: t.string({
      required: true,
      description: "メールアドレス; it becomes the default user ID.",
    }),
    keyword: t.string({
      required: true,
      description: `キーワード, chosen by the customer. ${KEYWORD_RULE_DESCRIPTION.en} (${KEYWORD_RULE_DESCRIPTION.ja})`,
    }),
    employeeNumber: t.string({ required: true, description: "社員番号 (half-width digits)." }),
    termsAccepted: t.boolean({
      required: true,
      description: "利用規約に同意します: must be true.",
    }),
  }),
});

interface RegistrationStartedShape {
  __typename: "RegistrationStarted";
  keyword: string;
  email: string;
  linkExpiresAt: Date;
}

const RegistrationStartedRef = builder
  .objectRef<RegistrationStartedShape>("RegistrationStarted")
  .implement({
    description:
      "メールの送信、キーワード表示: the mail is queued; show the keyword and advise noting it and closing the screen.",
    isTypeOf: (v) => (v as RegistrationStartedShape).__typename === "RegistrationStarted",
    fields: (t) => ({
      keyword: t.exposeString("keyword"),
      email: t.exposeString("email", { description: "Where the mail went." }),
      linkExpiresAt: t.expose("linkExpiresAt", {
        type: "DateTime",
        description: "The mailed link works until then.",
      }),
    }),
  });

const IdentityNotConfirmedRef = simpleProblem(
  "IdentityNotConfirmed",
  "The details do not match a policyholder record; deliberately says nothing about which field.",
);

const StartRegistrationResultRef = builder.unionType("StartRegistrationResult", {
  types: [RegistrationStartedRef, ValidationFailedRef, IdentityNotConfirmedRef, TooManyAttemptsRef],
  resolveType: byTypename,
});

builder.mutationField("startRegistration", (t) =>
  t.field({
    authScopes: { visitor: true },
    throttle: "registration",
    type: StartRegistrationResultRef,
    description:
      "Seed steps 3–5: checks identity, stores the keyword and queues the mail with a single-use link. A " +
      "policyholder who is already registered gets the same answer; their mail points to login and recovery instead.",
    args: { input: t.arg({ type: StartRegistrationInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await startRegistration(ctx.scope(), input);
      return outcome.ok
        ? { __typename: "RegistrationStarted" as const, ...outcome }
        : asProblem(outcome.error);
    },
  }),
);

const CompleteRegistrationInputRef = builder.inputType("CompleteRegistrationInput", {
  fields: (t) => ({
    stepToken: t.string({ required: true, description: "From verifyKeyword." }),
    userId: t.string({
      required: false,
      description: "ユーザーID; defaults to the e-mail address the link was sent to.",
    }),
    password: t.string({
      required: true,
      description:
        "パスワード: see the password rules (at least 8 characters, upper and lower case, two kinds…).",
    }),
    tokenDelivery: t.field({ type: TokenDeliveryRef, required: false, defaultValue: "COOKIE" }),
  }),
});

const StepTokenInvalidRef = simpleProblem(
  "StepTokenInvalid",
  "The step token is unknown, used or expired: start again.",
);
const AlreadyRegisteredRef = simpleProblem(
  "AlreadyRegistered",
  "This policyholder already has an account.",
);

const CompleteRegistrationResultRef = builder.unionType("CompleteRegistrationResult", {
  types: [
    SignedInRef,
    ValidationFailedRef,
    StepTokenInvalidRef,
    AlreadyRegisteredRef,
    TooManyAttemptsRef,
  ],
  resolveType: byTypename,
});

builder.mutationField("completeRegistration", (t) =>
  t.field({
    authScopes: { visitor: true },
    throttle: "stepToken",
    type: CompleteRegistrationResultRef,
    description:
      "Chooses the user ID and password with the step token; creates the account and logs the customer in.",
    args: { input: t.arg({ type: CompleteRegistrationInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await completeRegistration(ctx.scope(), input);
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
