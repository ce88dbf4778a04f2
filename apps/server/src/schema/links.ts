import { LINK_PURPOSES, inspectLink, verifyKeyword, type LinkInfo } from "@cws/domain";
import { builder } from "../builder.ts";
import {
  asProblem,
  byTypename,
  ProblemRef,
  type ProblemShape,
  simpleProblem,
  TooManyAttemptsRef,
} from "./problems.ts";

export const LinkPurposeRef = builder.enumType("LinkPurpose", {
  description: "What a mailed link is for.",
  values: Object.fromEntries(LINK_PURPOSES.map((p) => [p, { value: p }])) as Record<
    (typeof LINK_PURPOSES)[number],
    { value: (typeof LINK_PURPOSES)[number] }
  >,
});

const LinkStatusRef = builder.enumType("LinkStatus", {
  values: {
    VALID: { value: "VALID" },
    EXPIRED: { value: "EXPIRED" },
    USED: { value: "USED" },
    DEAD: { value: "DEAD" },
    UNKNOWN: { value: "UNKNOWN" },
  } as const,
});

const VerificationLinkRef = builder.objectRef<LinkInfo>("VerificationLink").implement({
  description:
    "What a mailed link is and whether it can still be used. Reading it never consumes it.",
  fields: (t) => ({
    status: t.field({ type: LinkStatusRef, resolve: (l) => l.status }),
    purpose: t.field({ type: LinkPurposeRef, nullable: true, resolve: (l) => l.purpose }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    attemptsLeft: t.exposeInt("attemptsLeft", {
      nullable: true,
      description: "Keyword attempts left before the link dies.",
    }),
  }),
});

builder.queryField("verificationLink", (t) =>
  t.field({
    authScopes: { visitor: true },
    type: VerificationLinkRef,
    description:
      "Describes the link from a mail (registration or reset) without consuming it; mail scanners may open links.",
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, { token }, ctx) => inspectLink(ctx.scope(), { token }),
  }),
);

interface KeywordAcceptedShape {
  __typename: "KeywordAccepted";
  purpose: (typeof LINK_PURPOSES)[number];
  stepToken: string;
  stepTokenExpiresAt: Date;
}

const KeywordAcceptedRef = builder.objectRef<KeywordAcceptedShape>("KeywordAccepted").implement({
  description:
    "The keyword was right: the link is used up, and the step token leads to the next step (single use, short-lived).",
  isTypeOf: (v) => (v as KeywordAcceptedShape).__typename === "KeywordAccepted",
  fields: (t) => ({
    purpose: t.field({ type: LinkPurposeRef, resolve: (k) => k.purpose }),
    stepToken: t.exposeString("stepToken"),
    stepTokenExpiresAt: t.expose("stepTokenExpiresAt", { type: "DateTime" }),
  }),
});

interface KeywordRejectedShape extends ProblemShape {
  __typename: "KeywordRejected";
  attemptsLeft: number;
}

const KeywordRejectedRef = builder.objectRef<KeywordRejectedShape>("KeywordRejected").implement({
  description: "Wrong keyword; the link dies when no attempts are left.",
  interfaces: [ProblemRef],
  isTypeOf: (v) => (v as ProblemShape).__typename === "KeywordRejected",
  fields: (t) => ({ attemptsLeft: t.exposeInt("attemptsLeft") }),
});

export const LinkExpiredRef = simpleProblem(
  "LinkExpired",
  "The link's time is up (48 h for registration, 24 h for a reset).",
);
export const LinkUsedRef = simpleProblem(
  "LinkUsed",
  "The link was already used; each link works once.",
);
const LinkDeadRef = simpleProblem("LinkDead", "Too many wrong keywords: the link no longer works.");
export const LinkUnknownRef = simpleProblem("LinkUnknown", "No such link.");

const VerifyKeywordResultRef = builder.unionType("VerifyKeywordResult", {
  types: [
    KeywordAcceptedRef,
    KeywordRejectedRef,
    LinkExpiredRef,
    LinkUsedRef,
    LinkDeadRef,
    LinkUnknownRef,
    TooManyAttemptsRef,
  ],
  resolveType: byTypename,
});

builder.mutationField("verifyKeyword", (t) =>
  t.field({
    authScopes: { visitor: true },
    throttle: "keyword",
    type: VerifyKeywordResultRef,
    description:
      "The link page: with the right keyword the link is consumed (exactly " +
      "once, even under concurrent submissions) and a step token is returned.",
    args: { token: t.arg.string({ required: true }), keyword: t.arg.string({ required: true }) },
    resolve: async (_root, { token, keyword }, ctx) => {
      const outcome = await verifyKeyword(ctx.scope(), { token, keyword });
      return outcome.ok
        ? { __typename: "KeywordAccepted" as const, ...outcome }
        : asProblem(outcome.error);
    },
  }),
);
