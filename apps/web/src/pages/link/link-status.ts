import type { LinkStatus, VerifyKeywordMutation } from "@cws/client/gql";

/** A link that can no longer be used, and why. */
export type DeadLinkStatus = Exclude<LinkStatus, "VALID">;

const byTypename: Record<string, DeadLinkStatus> = {
  LinkExpired: "EXPIRED",
  LinkUsed: "USED",
  LinkDead: "DEAD",
  LinkUnknown: "UNKNOWN",
};

/** The link status a verifyKeyword (or confirmEmailChange) problem stands for, if it is one. */
export function deadLinkStatusOf(result: {
  __typename: VerifyKeywordMutation["verifyKeyword"]["__typename"] | string;
}): DeadLinkStatus | null {
  return byTypename[result.__typename] ?? null;
}

/**
 * The token from the address: /link#<token>. It travels in the fragment so it never
 * reaches a server log or a Referer header.
 */
export function tokenFromHash(hash: string): string {
  const raw = hash.replace(/^#/, "").trim();
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
