import { describe, expect, it } from "vitest";
import { PrincipalCache } from "./principal-cache.ts";
import type { SessionPrincipal } from "./session-principal.ts";

const principal = (accountId: string, sessionId = `s-${accountId}`): SessionPrincipal => ({
  sessionId,
  lastSeenAt: new Date("2026-11-25T01:00:00Z"),
  expiresAt: new Date("2026-11-25T13:00:00Z"),
  accountId,
  policyholderId: `p-${accountId}`,
  email: `${accountId}@example.com`,
  requiredAction: null,
});

function hearingCache(maxEntries?: number) {
  const cache = new PrincipalCache(maxEntries);
  cache.hearing(true);
  return cache;
}

describe("the session cache", () => {
  it("serves nothing until it hears the database's notices, and forgets all when it stops hearing", () => {
    const cache = new PrincipalCache();
    cache.keep("h1", principal("a"), cache.mark());
    expect(cache.get("h1")).toBeUndefined();
    cache.hearing(true);
    cache.keep("h1", principal("a"), cache.mark());
    expect(cache.get("h1")?.email).toBe("a@example.com");
    cache.hearing(false);
    expect(cache.get("h1")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("refuses a row read before a change was heard (the row may predate it)", () => {
    const cache = hearingCache();
    const mark = cache.mark();
    cache.forgetAccount("someone-else"); // any notice between the read and the keep
    cache.keep("h1", principal("a"), mark);
    expect(cache.get("h1")).toBeUndefined();
  });

  it("drops every session of an account on its notice, and only those", () => {
    const cache = hearingCache();
    cache.keep("h1", principal("a", "s1"), cache.mark());
    cache.keep("h2", principal("a", "s2"), cache.mark());
    cache.keep("h3", principal("b"), cache.mark());
    cache.forgetAccount("a");
    expect(cache.get("h1")).toBeUndefined();
    expect(cache.get("h2")).toBeUndefined();
    expect(cache.get("h3")?.accountId).toBe("b");
  });

  it("hands out copies, so a caller cannot change what others are served", () => {
    const cache = hearingCache();
    cache.keep("h1", principal("a"), cache.mark());
    cache.get("h1")!.email = "changed@example.com";
    expect(cache.get("h1")?.email).toBe("a@example.com");
  });

  it("keeps at most maxEntries, dropping the oldest", () => {
    const cache = hearingCache(2);
    cache.keep("h1", principal("a"), cache.mark());
    cache.keep("h2", principal("b"), cache.mark());
    cache.keep("h3", principal("c"), cache.mark());
    expect(cache.size).toBe(2);
    expect(cache.get("h1")).toBeUndefined();
    expect(cache.get("h3")?.accountId).toBe("c");
  });
});
