import { PgliteConnection } from "@mikro-orm/pglite";
import pg from "pg";
import type { Orm } from "../database/orm.ts";
import type { SessionPrincipal } from "./session-principal.ts";

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

/** Waits for `work` at most `ms`: closing must never hold a shutdown or a test's teardown. */
const atMost = (ms: number, work: Promise<unknown>) =>
  Promise.race([
    work.catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, ms).unref()),
  ]);

export interface PrincipalListener {
  close(): Promise<void>;
}

interface ListenLog {
  warn(object: object, message: string): void;
  info(object: object, message: string): void;
}

/**
 * Keeps `cache` in step with the database: LISTEN on {@link PRINCIPAL_CHANNEL} over a
 * connection of its own (PostgreSQL) or through the embedded database's own notifications
 * (PGlite). It connects in the background — start-up never waits for it — and the cache
 * serves nothing until it hears; while the connection is lost the cache serves nothing and
 * it reconnects with a growing pause (0.5 s to 10 s).
 */
export function listenForPrincipalChanges(
  orm: Orm,
  cache: PrincipalCache,
  log: ListenLog,
): PrincipalListener {
  const connection = orm.em.getConnection();
  if (connection instanceof PgliteConnection) {
    let closed = false;
    const unlistening = connection
      .getNativeClient()
      .then((pglite) =>
        pglite.listen(PRINCIPAL_CHANNEL, (accountId) => cache.forgetAccount(accountId)),
      )
      .then((unlisten) => {
        if (!closed) cache.hearing(true);
        return unlisten;
      })
      .catch((error: unknown) => {
        log.warn({ reason: String(error) }, "session cache off: cannot listen for changes");
        return null;
      });
    return {
      async close() {
        closed = true;
        cache.hearing(false);
        await atMost(
          1_000,
          unlistening.then((unlisten) => unlisten?.()),
        );
      },
    };
  }
  const connectionString = orm.config.get("clientUrl");
  let client: pg.Client | null = null;
  let closed = false;
  let pause = 500;
  let retry: NodeJS.Timeout | undefined;

  const lost = (error: unknown) => {
    if (closed || !client) return;
    cache.hearing(false);
    const reason = error instanceof Error ? error.message : String(error);
    log.warn({ reason, retryInMs: pause }, "session cache off: database notifications lost");
    const failed = client;
    client = null;
    if (failed) {
      failed.removeAllListeners();
      // A late error of the dropped connection must not become an unhandled 'error' event.
      failed.on("error", () => undefined);
      failed.end().catch(() => undefined);
    }
    retry = setTimeout(() => void connect(), pause);
    retry.unref();
    pause = Math.min(pause * 2, 10_000);
  };
  const connect = async () => {
    if (closed) return;
    const next = new pg.Client({
      connectionString,
      application_name: "cws-principal-listener",
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    next.on("error", lost);
    next.on("end", () => lost(new Error("connection ended")));
    next.on("notification", (message) => {
      if (message.channel === PRINCIPAL_CHANNEL && message.payload)
        cache.forgetAccount(message.payload);
    });
    client = next;
    try {
      await next.connect();
      await next.query(`listen ${PRINCIPAL_CHANNEL}`);
      if (closed || client !== next) return;
      pause = 500;
      cache.hearing(true);
    } catch (error) {
      if (client === next) lost(error);
    }
  };
  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      cache.hearing(false);
      const last = client;
      client = null;
      last?.removeAllListeners();
      last?.on("error", () => undefined);
      if (last) await atMost(1_000, last.end());
    },
  };
}
