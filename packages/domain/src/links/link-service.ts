import { LockMode } from "@mikro-orm/core";
import { recordAudit } from "../audit/audit-log.ts";
import type { Em } from "../database/orm.ts";
import type { Outcome } from "../errors/failure.ts";
import type { Account } from "../accounts/account.entity.ts";
import type { Policyholder } from "../policyholders/policyholder.entity.ts";
import type { RequestScope } from "../request-scope.ts";
import { bounded } from "../validation/input-bounds.ts";
import {
  keywordRejected,
  linkFailure,
  type KeywordRejected,
  type LinkFailure,
} from "./link-failures.ts";
import { StepToken } from "./step-token.entity.ts";
import { hashToken, keywordDigest, looksLikeToken, newToken, sameDigest } from "./tokens.ts";
import { VerificationLink, type LinkPurpose } from "./verification-link.entity.ts";

export type LinkStatus = "VALID" | "EXPIRED" | "USED" | "DEAD" | "UNKNOWN";

/** What the link page may know about a link without consuming it. */
export interface LinkInfo {
  status: LinkStatus;
  purpose: LinkPurpose | null;
  expiresAt: Date | null;
  attemptsLeft: number | null;
}

export type KeywordOutcome = Outcome<
  { purpose: LinkPurpose; stepToken: string; stepTokenExpiresAt: Date },
  LinkFailure | KeywordRejected
>;

const HOUR = 3_600_000;

/** Adds a link to the caller's unit of work; returns the token for the mail (it is never stored). */
export function issueLink(
  em: Em,
  input: {
    purpose: LinkPurpose;
    policyholder: Policyholder;
    account?: Account | null;
    email: string;
    /** The plain keyword (digested with the token), or one already digested with a salt of its own. */
    keyword: string | null | { salt: string; digest: string };
    ttlHours: number;
    maxAttempts: number;
    now: Date;
  },
): { link: VerificationLink; token: string } {
  const token = newToken();
  const { keyword } = input;
  const salted = keyword !== null && typeof keyword === "object" ? keyword : null;
  const link = em.create(VerificationLink, {
    purpose: input.purpose,
    tokenHash: hashToken(token),
    keywordDigest:
      salted?.digest ?? (typeof keyword === "string" ? keywordDigest(token, keyword) : null),
    keywordSalt: salted?.salt ?? null,
    policyholder: input.policyholder,
    account: input.account ?? null,
    email: input.email,
    attemptsLeft: input.maxAttempts,
    expiresAt: new Date(input.now.getTime() + input.ttlHours * HOUR),
    createdAt: input.now,
  });
  return { link, token };
}

function statusOf(link: VerificationLink | null, now: Date): LinkStatus {
  if (!link) return "UNKNOWN";
  if (link.consumedAt) return "USED";
  if (link.diedAt) return "DEAD";
  if (link.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "VALID";
}

async function findLink(em: Em, token: string, lock: boolean): Promise<VerificationLink | null> {
  if (!looksLikeToken(token)) return null;
  return em.findOne(
    VerificationLink,
    { tokenHash: hashToken(token) },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
}

/** Reads a link's state. A GET of the link page (mail scanners do that) never consumes anything. */
export async function inspectLink(
  scope: RequestScope,
  { token }: { token: string },
): Promise<LinkInfo> {
  const link = await findLink(scope.em, token, false);
  const status = statusOf(link, scope.now);
  if (!link) return { status, purpose: null, expiresAt: null, attemptsLeft: null };
  return {
    status,
    purpose: link.purpose,
    expiresAt: link.expiresAt,
    attemptsLeft: status === "VALID" ? link.attemptsLeft : 0,
  };
}

// Keywords never contain spaces: spaces typed between digit groups, of either width, are not part of it.
function normalizeKeyword(typed: string): string {
  return bounded(typed.normalize("NFKC").replace(/\s+/g, ""), "keyword");
}

const unusable = (status: Exclude<LinkStatus, "VALID">): KeywordOutcome => ({
  ok: false,
  error: linkFailure(`LINK_${status}`),
});

/**
 * Checks the keyword entered on the link page. The link row is locked for the check, so of
 * any number of concurrent right answers exactly one consumes the link and gets a step
 * token. Each wrong answer costs an attempt; the last one kills the link.
 */
export async function verifyKeyword(
  scope: RequestScope,
  input: { token: string; keyword: string },
): Promise<KeywordOutcome> {
  const { config, now, origin } = scope;
  const { token } = input;
  const keyword = normalizeKeyword(input.keyword);
  return scope.em.transactional(async (tem): Promise<KeywordOutcome> => {
    const link = await findLink(tem, token, true);
    const status = statusOf(link, now);
    if (!link || status !== "VALID") return unusable(status === "VALID" ? "UNKNOWN" : status);

    const right =
      typeof link.keywordDigest === "string" &&
      sameDigest(link.keywordDigest, keywordDigest(link.keywordSalt ?? token, keyword));
    const audit = {
      at: now,
      origin,
      policyholderId: link.policyholder.id,
      accountId: link.account?.id ?? null,
    };
    if (!right) {
      link.attemptsLeft = Math.max(0, link.attemptsLeft - 1);
      recordAudit(tem, {
        ...audit,
        type: "KEYWORD_FAILED",
        detail: { purpose: link.purpose, attemptsLeft: link.attemptsLeft },
      });
      if (link.attemptsLeft === 0) {
        link.diedAt = now;
        recordAudit(tem, { ...audit, type: "LINK_DEAD", detail: { purpose: link.purpose } });
        return unusable("DEAD");
      }
      return { ok: false, error: keywordRejected(link.attemptsLeft) };
    }

    link.consumedAt = now;
    const stepToken = newToken();
    const stepTokenExpiresAt = new Date(now.getTime() + config.links.stepTokenMinutes * 60_000);
    tem.create(StepToken, {
      tokenHash: hashToken(stepToken),
      link,
      expiresAt: stepTokenExpiresAt,
      createdAt: now,
    });
    return { ok: true, purpose: link.purpose, stepToken, stepTokenExpiresAt };
  });
}

/** Finds a live step token for a purpose without using it (for read-only confirmation screens). */
export async function peekStepToken(
  em: Em,
  stepToken: string,
  purpose: LinkPurpose,
  now: Date,
): Promise<StepToken | null> {
  if (!looksLikeToken(stepToken)) return null;
  const found = await em.findOne(
    StepToken,
    { tokenHash: hashToken(stepToken) },
    { populate: ["link", "link.policyholder", "link.account"] },
  );
  if (
    !found ||
    found.usedAt ||
    found.expiresAt.getTime() <= now.getTime() ||
    found.link.purpose !== purpose
  )
    return null;
  return found;
}

/**
 * Uses a step token inside the caller's transaction: locks it, checks it is live and for
 * this purpose, and marks it used. Returns null when it cannot be used.
 */
export async function redeemStepToken(
  tem: Em,
  stepToken: string,
  purpose: LinkPurpose,
  now: Date,
): Promise<StepToken | null> {
  if (!looksLikeToken(stepToken)) return null;
  const found = await tem.findOne(
    StepToken,
    { tokenHash: hashToken(stepToken) },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!found || found.usedAt || found.expiresAt.getTime() <= now.getTime()) return null;
  await tem.populate(found, ["link", "link.policyholder", "link.account"]);
  if (found.link.purpose !== purpose) return null;
  found.usedAt = now;
  return found;
}

/**
 * After a reset or password change, every other reset or e-mail change in flight for the
 * account dies with its step tokens: a link someone else requested earlier must not undo it.
 */
export async function retireAccountLinks(tem: Em, accountId: string, now: Date): Promise<void> {
  const links = await tem.find(
    VerificationLink,
    { account: accountId, purpose: { $in: ["CREDENTIAL_RESET", "EMAIL_CHANGE"] } },
    { fields: ["id"] },
  );
  if (links.length === 0) return;
  const ids = links.map((l) => l.id);
  await tem.nativeUpdate(
    VerificationLink,
    { id: { $in: ids }, consumedAt: null, diedAt: null },
    { diedAt: now },
  );
  await tem.nativeUpdate(StepToken, { link: { $in: ids }, usedAt: null }, { usedAt: now });
}

/**
 * Kills every live link of a policyholder for one purpose (with their step tokens), so a
 * freshly issued link is the only one that works. Returns how many died.
 */
export async function retirePolicyholderLinks(
  tem: Em,
  policyholderId: string,
  purpose: LinkPurpose,
  now: Date,
): Promise<number> {
  const links = await tem.find(
    VerificationLink,
    { policyholder: policyholderId, purpose, consumedAt: null, diedAt: null },
    { fields: ["id"] },
  );
  if (links.length === 0) return 0;
  const ids = links.map((l) => l.id);
  await tem.nativeUpdate(StepToken, { link: { $in: ids }, usedAt: null }, { usedAt: now });
  return tem.nativeUpdate(VerificationLink, { id: { $in: ids } }, { diedAt: now });
}
