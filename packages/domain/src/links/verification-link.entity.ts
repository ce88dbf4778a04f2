import { defineEntity, p } from "@mikro-orm/core";
import { Account } from "../accounts/account.entity.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";

/** What a mailed link is for; registration and reset links share all the machinery. */
export const LINK_PURPOSES = ["REGISTRATION", "CREDENTIAL_RESET", "EMAIL_CHANGE"] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/**
 * A single-use link mailed to a customer. Only a hash of its token is stored; the keyword
 * is stored as an HMAC keyed by the token, so the database alone cannot test keywords (a reset
 * link's keyword, shown before the link was issued, is keyed by a random salt instead).
 */
export const VerificationLinkSchema = defineEntity({
  name: "VerificationLink",
  tableName: "verification_link",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    purpose: p.enum(LINK_PURPOSES),
    tokenHash: p.string().length(64).unique(),
    keywordDigest: p.string().length(64).nullable(),
    /**
     * Set when the keyword was chosen before the link existed (a reset request): the digest is
     * then an HMAC keyed by this random salt instead of the token.
     */
    keywordSalt: p.string().length(64).nullable(),
    policyholder: () => p.manyToOne(Policyholder),
    account: () => p.manyToOne(Account).nullable(),
    /** Where the mail went: for registration and e-mail change, the address being proven. */
    email: p.string().length(254),
    attemptsLeft: p.integer(),
    expiresAt: p.datetime(),
    consumedAt: p.datetime().nullable(),
    diedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
});

export class VerificationLink extends VerificationLinkSchema.class {}
VerificationLinkSchema.setClass(VerificationLink);
