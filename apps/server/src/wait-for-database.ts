import type { Logger } from "pino";

export interface WaitOptions {
  /** Keep trying for this long before giving up (0: one attempt). */
  retryForMs: number;
  log: Pick<Logger, "warn" | "error">;
  /** Tests pass a fake to run without waiting. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** The database did not answer within the start-up retry time. */
export class DatabaseUnreachable extends Error {
  constructor(attempts: number, cause: unknown) {
    super(`The database did not answer after ${attempts} attempt(s).`, { cause });
    this.name = "DatabaseUnreachable";
  }
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 5_000;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Probes the database until it answers, backing off from 0.5 s to 5 s between attempts, so
 * a service started before its database (or during a failover) waits for it instead of
 * crashing with a stack trace. Every failed attempt is one log line; giving up is one more.
 */
export async function waitForDatabase(
  probe: () => Promise<unknown>,
  options: WaitOptions,
): Promise<void> {
  const sleep =
    options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const deadline = now() + options.retryForMs;
  let delay = FIRST_DELAY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      await probe();
      return;
    } catch (error) {
      if (now() + delay > deadline) {
        options.log.error({ attempt, reason: reason(error) }, "database unreachable; giving up");
        throw new DatabaseUnreachable(attempt, error);
      }
      options.log.warn(
        { attempt, retryInMs: delay, reason: reason(error) },
        "database unreachable; retrying",
      );
      await sleep(delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
}
