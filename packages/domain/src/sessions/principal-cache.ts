import type { SessionPrincipal } from "./principal.ts";

/** The channel the database notifies (migration 0014) when a principal may have changed. */
export const PRINCIPAL_CHANNEL = "cws_principal";

interface Entry {
  principal: SessionPrincipal;
  accountId: string;
}

/**
 * The principals of live sessions, kept in memory by token hash so that an authenticated
 * request need not look its session up every time. Correct across instances because it
 * only serves while it hears the database's change notifications: a logout, a session
 * ended or replaced, an account's e-mail or required action changed — on any instance, by
 * any code path — drops that account's entries everywhere as the writing transaction
 * commits. When the listening connection is down the cache empties and serves nothing until
 * it is back. Timeouts and the once-a-minute activity write still go to the database
 * (see resumePrincipal), so an entry lives at most a minute.
 */
export class PrincipalCache {
  readonly #entries = new Map<string, Entry>();
  readonly #byAccount = new Map<string, Set<string>>();
  #epoch = 0;
  #hearing = false;

  readonly maxEntries: number;

  constructor(maxEntries = 20_000) {
    this.maxEntries = maxEntries;
  }

  /** True while change notifications are heard, so entries may be served. */
  get serving(): boolean {
    return this.#hearing;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The listener says whether it hears changes; either way what was kept is dropped. */
  hearing(on: boolean): void {
    this.#hearing = on;
    this.clear();
  }

  /**
   * A mark to take before reading a principal from the database: {@link keep} refuses the
   * row if any change was heard in between, since the row may predate it.
   */
  mark(): number {
    return this.#epoch;
  }

  get(tokenHash: string): SessionPrincipal | undefined {
    if (!this.#hearing) return undefined;
    const entry = this.#entries.get(tokenHash);
    return entry ? { ...entry.principal } : undefined;
  }

  keep(tokenHash: string, principal: SessionPrincipal, mark: number): void {
    if (!this.#hearing || mark !== this.#epoch) return;
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#drop(oldest);
    }
    this.#entries.set(tokenHash, { principal: { ...principal }, accountId: principal.accountId });
    let hashes = this.#byAccount.get(principal.accountId);
    if (!hashes) this.#byAccount.set(principal.accountId, (hashes = new Set()));
    hashes.add(tokenHash);
  }

  /** Drops one session's entry (its own instance ended or touched it). */
  forget(tokenHash: string): void {
    this.#epoch += 1;
    this.#drop(tokenHash);
  }

  /** Drops every entry of an account (a change notification). */
  forgetAccount(accountId: string): void {
    this.#epoch += 1;
    for (const hash of this.#byAccount.get(accountId) ?? []) this.#entries.delete(hash);
    this.#byAccount.delete(accountId);
  }

  clear(): void {
    this.#epoch += 1;
    this.#entries.clear();
    this.#byAccount.clear();
  }

  #drop(tokenHash: string): void {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return;
    this.#entries.delete(tokenHash);
    const hashes = this.#byAccount.get(entry.accountId);
    hashes?.delete(tokenHash);
    if (hashes?.size === 0) this.#byAccount.delete(entry.accountId);
  }
}
