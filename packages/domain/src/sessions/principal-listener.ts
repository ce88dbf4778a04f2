import { PgliteConnection } from "@mikro-orm/pglite";
import pg from "pg";
import type { Orm } from "../database/orm.ts";
import { PRINCIPAL_CHANNEL, type PrincipalCache } from "./principal-cache.ts";

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
