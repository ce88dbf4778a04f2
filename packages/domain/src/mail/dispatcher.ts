import type { Orm } from "../database/orm.ts";
import type { Clock } from "../time/clock.ts";
import { deadlineOf, retryDelayMs, type DeliveryPolicy } from "./delivery-policy.ts";
import type { MailLogger } from "./mail-logger.ts";
import {
  claimDueMail,
  eraseDeadLinkBodies,
  ERASED_BODY,
  recordResults,
  type OutboxClaim,
  type OutboxResult,
} from "./outbox-claims.ts";
import type { OutboxMessage } from "./outbox-message.entity.ts";
import { MailSendError, type MailTransport } from "./transports.ts";
import { shortError } from "./short-error.ts";

export interface MailDispatcherOptions extends Partial<DeliveryPolicy> {
  orm: Orm;
  transport: MailTransport;
  /** The sender address (config.mail.from). */
  from: string;
  clock: Clock;
  /** Every failed attempt, give-up and lost claim is reported here, one line each. */
  logger: MailLogger;
  /** Rows claimed at once while the backlog lasts. */
  batchSize?: number;
  /** Told what each run did (the server's metrics count sends and failures with it). */
  onRun?: (result: DispatchResult) => void;
}

/** What one run did: sent (or captured), rescheduled for retry, or gave up on (refused or past its deadline). */
export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

// Time for the database work around a batch's sends, on top of the longest the sends can take.
const LEASE_MARGIN_MS = 30_000;
// Erasing the bodies of dead-link mails need not run on every poll.
const SWEEP_EVERY_MS = 60_000;

/**
 * Delivers the mail outbox. A run claims due rows under a lease (see claimDueMail), sends them
 * over the transport's pooled connections, and writes each result only if its claim still
 * holds; it keeps claiming while the backlog lasts. Any number of dispatchers (in API
 * processes or standalone) share the table. A mail is retried with capped backoff until its
 * deadline; each row keeps one Message-ID, so the copy a crash between the relay's acceptance
 * and the commit can cause is recognisable.
 */
export class MailDispatcher {
  readonly #orm: Orm;
  readonly #transport: MailTransport;
  readonly #from: string;
  readonly #clock: Clock;
  readonly #logger: MailLogger;
  readonly #policy: DeliveryPolicy;
  readonly #batchSize: number;
  readonly #inFlight = new Set<Promise<unknown>>();
  #timer: NodeJS.Timeout | null = null;
  #running = false;
  #stopping = false;
  #lastSweepAt: number | null = null;
  readonly #onRun: ((result: DispatchResult) => void) | undefined;

  constructor(options: MailDispatcherOptions) {
    this.#orm = options.orm;
    this.#transport = options.transport;
    this.#from = options.from;
    this.#clock = options.clock;
    this.#logger = options.logger;
    this.#policy = {
      baseDelayMs: options.baseDelayMs ?? 30_000,
      maxDelayMs: options.maxDelayMs ?? 300_000,
      maxAgeMs: options.maxAgeMs ?? 72 * 3_600_000,
      random: options.random ?? Math.random,
    };
    this.#batchSize = options.batchSize ?? 20;
    this.#onRun = options.onRun;
  }

  /** The longest a batch's sends may take: messages beyond the pool's connections wait their turn. */
  get sendWindowMs(): number {
    return Math.ceil(this.#batchSize / this.#transport.concurrency) * this.#transport.maxSendMs;
  }

  /** How long a claim keeps other dispatchers off its rows: longer than any send it covers. */
  get leaseMs(): number {
    return this.sendWindowMs + LEASE_MARGIN_MS;
  }

  /** Sends what is due until nothing is left (or the server is unavailable); safe to call concurrently. */
  runOnce(): Promise<DispatchResult> {
    const run = this.#run().then((result) => {
      this.#onRun?.(result);
      return result;
    });
    this.#inFlight.add(run);
    void run.finally(() => this.#inFlight.delete(run)).catch(() => {});
    return run;
  }

  /** Runs until stop(): drains the backlog, then looks again every idlePollMs. */
  start(idlePollMs = 1000): void {
    if (this.#running) return;
    this.#running = true;
    this.#stopping = false;
    const tick = async () => {
      try {
        await this.runOnce();
      } catch (error) {
        const fields = { event: "mail_dispatch_error", error: shortError(error) };
        this.#logger.error(fields, "mail dispatch run failed; retrying");
      }
      if (this.#running) this.#timer = setTimeout(tick, idlePollMs);
    };
    this.#timer = setTimeout(tick, 0);
  }

  /** Stops the loop after the batch in progress (not the whole backlog), so the ORM can be closed after it. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#stopping = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await Promise.allSettled([...this.#inFlight]);
    this.#stopping = false;
  }

  async #run(): Promise<DispatchResult> {
    const result: DispatchResult = { sent: 0, retried: 0, failed: 0 };
    await this.#sweepIfDue();
    // The first claim takes one row: if the server is down, one mail is charged an attempt, not a batch.
    let limit = 1;
    for (;;) {
      const now = this.#clock.now();
      const claim = await claimDueMail(this.#orm, {
        now,
        limit,
        leaseMs: this.leaseMs,
        from: this.#from,
      });
      if (claim.messages.length === 0) break;
      const { serverUnavailable } = await this.#deliver(claim, result);
      if (serverUnavailable || claim.messages.length < limit || this.#stopping) break;
      limit = this.#batchSize;
    }
    return result;
  }

  async #deliver(
    claim: OutboxClaim,
    tally: DispatchResult,
  ): Promise<{ serverUnavailable: boolean }> {
    const claimedAt = this.#clock.now();
    const expired = claim.messages.filter((m) => deadlineOf(m, this.#policy) <= claimedAt);
    const due = claim.messages.filter((m) => !expired.includes(m));
    const signal = AbortSignal.timeout(this.sendWindowMs);
    const errors = await Promise.all(due.map((m) => this.#send(m, signal)));
    const now = this.#clock.now();

    const results = new Map<string, OutboxResult>();
    const others = new Map<string, OutboxResult>();
    const deliveredIds: string[] = [];
    for (const message of expired) {
      const reason = message.lastError ?? "the deadline passed before an attempt";
      others.set(message.id, this.#giveUp(message, "GAVE_UP", message.attempts, reason, now));
    }
    due.forEach((message, i) => {
      const error = errors[i];
      if (error) others.set(message.id, this.#failure(message, error, now));
      else deliveredIds.push(message.id);
    });
    for (const [id, result] of others) results.set(id, result);
    for (const message of due)
      if (!others.has(message.id)) results.set(message.id, this.#delivered(message, now));
    const delivered = { ids: deliveredIds, result: this.#delivered({ attempts: 0 }, now) };
    const written = await recordResults(this.#orm, claim.token, delivered, others);

    for (const message of claim.messages) {
      const result = results.get(message.id)!;
      if (!written.has(message.id)) {
        this.#logger.warn(
          { event: "mail_claim_lost", mailId: message.id, kind: message.kind },
          "mail result not written: another dispatcher took the row over after this claim's lease ran out",
        );
        continue;
      }
      const outcome = this.#report(message, result);
      tally[outcome] += 1;
    }
    return { serverUnavailable: errors.some((e) => e?.serverUnavailable) };
  }

  async #send(message: OutboxMessage, signal: AbortSignal): Promise<MailSendError | null> {
    try {
      await this.#transport.send(
        {
          from: this.#from,
          to: message.toAddress,
          subject: message.subject,
          text: message.textBody,
          html: message.htmlBody,
          messageId: message.messageId!,
        },
        signal,
      );
      return null;
    } catch (error) {
      if (error instanceof MailSendError) return error;
      return new MailSendError(shortError(error), { permanent: false, serverUnavailable: false });
    }
  }

  #delivered(message: Pick<OutboxMessage, "attempts">, now: Date): OutboxResult {
    const captured = this.#transport.captures;
    // A delivered mail's body may carry a live link token; keep it only in the development mailbox.
    const body = captured ? {} : { ...ERASED_BODY, bodyErasedAt: now };
    const status = captured ? "CAPTURED" : "SENT";
    return { status, sentAt: now, attempts: message.attempts + 1, lastError: null, ...body };
  }

  #failure(message: OutboxMessage, error: MailSendError, now: Date): OutboxResult {
    const attempts = message.attempts + 1;
    if (error.permanent) return this.#giveUp(message, "FAILED", attempts, error.message, now);
    const next = new Date(now.getTime() + retryDelayMs(attempts, this.#policy));
    if (next >= deadlineOf(message, this.#policy)) {
      return this.#giveUp(message, "GAVE_UP", attempts, error.message, now);
    }
    return { status: "PENDING", attempts, lastError: error.message, nextAttemptAt: next };
  }

  #giveUp(
    message: OutboxMessage,
    status: "FAILED" | "GAVE_UP",
    attempts: number,
    reason: string,
    now: Date,
  ): OutboxResult {
    // Staff see what was not delivered; the body goes only once the link in it is dead (see eraseDeadLinkBodies).
    const linkDead = message.linkExpiresAt != null && message.linkExpiresAt <= now;
    const body = linkDead ? { ...ERASED_BODY, bodyErasedAt: now } : {};
    return { status, attempts, lastError: reason, gaveUpAt: now, ...body };
  }

  #report(message: OutboxMessage, result: OutboxResult): keyof DispatchResult {
    const fields = {
      mailId: message.id,
      kind: message.kind,
      attempts: result.attempts,
      error: result.lastError,
    };
    if (result.status === "PENDING") {
      const nextAttemptAt = result.nextAttemptAt?.toISOString();
      this.#logger.warn(
        { event: "mail_attempt_failed", ...fields, nextAttemptAt },
        "mail delivery attempt failed; will retry",
      );
      return "retried";
    }
    if (result.status === "FAILED" || result.status === "GAVE_UP") {
      this.#logger.error(
        { event: "mail_gave_up", ...fields, status: result.status },
        "mail not delivered; gave up",
      );
      return "failed";
    }
    return "sent";
  }

  async #sweepIfDue(): Promise<void> {
    const now = this.#clock.now();
    if (this.#lastSweepAt !== null && now.getTime() - this.#lastSweepAt < SWEEP_EVERY_MS) return;
    this.#lastSweepAt = now.getTime();
    await eraseDeadLinkBodies(this.#orm, now);
  }
}
