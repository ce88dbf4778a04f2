import { LockMode } from "@mikro-orm/core";
import type { Em, Orm } from "../database/orm.ts";
import type { Clock } from "../time/clock.ts";
import { OutboxMessage } from "./outbox-message.entity.ts";
import { MailSendError, messageIdFor, type MailTransport } from "./transports.ts";

export interface MailDispatcherOptions {
  orm: Orm;
  transport: MailTransport;
  /** The sender address (config.mail.from). */
  from: string;
  clock: Clock;
  /** Attempts before a message is marked FAILED. */
  maxAttempts?: number;
  /** The first retry waits this long; each further one twice as long, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Messages sent per run at most. */
  batchSize?: number;
  /** Where errors of the background loop go (a run that throws is retried on the next tick). */
  onError?: (error: unknown) => void;
  /** Source of the backoff jitter, 0 ≤ r < 1; tests pin it. */
  random?: () => number;
}

/** What one run did: sent (or captured), rescheduled for retry, or gave up on. */
export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

type Outcome = { kind: "none" } | { kind: "sent" | "failed" } | { kind: "retried"; serverUnavailable: boolean };

/**
 * Delivers the mail outbox. Each message is claimed with `FOR UPDATE SKIP LOCKED` in its own
 * transaction and stays locked while it is sent, so any number of dispatchers (in API
 * processes or standalone) never send the same row twice. A crash between the SMTP server's
 * acceptance and the commit can still resend a message; its Message-ID is stable, so
 * receivers can drop the copy.
 */
export class MailDispatcher {
  readonly #orm: Orm;
  readonly #transport: MailTransport;
  readonly #from: string;
  readonly #clock: Clock;
  readonly #maxAttempts: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #batchSize: number;
  readonly #onError: (error: unknown) => void;
  readonly #random: () => number;
  readonly #inFlight = new Set<Promise<unknown>>();
  #timer: NodeJS.Timeout | null = null;
  #running = false;

  constructor(options: MailDispatcherOptions) {
    this.#orm = options.orm;
    this.#transport = options.transport;
    this.#from = options.from;
    this.#clock = options.clock;
    this.#maxAttempts = options.maxAttempts ?? 6;
    this.#baseDelayMs = options.baseDelayMs ?? 30_000;
    this.#maxDelayMs = options.maxDelayMs ?? 3_600_000;
    this.#batchSize = options.batchSize ?? 10;
    this.#onError = options.onError ?? ((error) => console.error("Mail dispatch failed:", error));
    this.#random = options.random ?? Math.random;
  }

  /** Sends up to batchSize due messages, one transaction each. */
  runOnce(): Promise<DispatchResult> {
    const run = this.#run();
    this.#inFlight.add(run);
    void run.finally(() => this.#inFlight.delete(run)).catch(() => {});
    return run;
  }

  /** Runs every intervalMs until stop(); a run starts only after the previous one finished. */
  start(intervalMs = 2000): void {
    if (this.#running) return;
    this.#running = true;
    const tick = async () => {
      try {
        await this.runOnce();
      } catch (error) {
        this.#onError(error);
      }
      if (this.#running) this.#timer = setTimeout(tick, intervalMs);
    };
    this.#timer = setTimeout(tick, 0);
  }

  /** Stops the loop and waits for a run in progress, so the ORM can be closed after it. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await Promise.allSettled([...this.#inFlight]);
  }

  async #run(): Promise<DispatchResult> {
    const result: DispatchResult = { sent: 0, retried: 0, failed: 0 };
    for (let i = 0; i < this.#batchSize; i++) {
      const outcome = await this.#orm.em.fork().transactional((tem) => this.#dispatchNext(tem));
      if (outcome.kind === "none") break;
      result[outcome.kind] += 1;
      // The server is down or refuses our login: the next message would only fail the same way.
      if (outcome.kind === "retried" && outcome.serverUnavailable) break;
    }
    return result;
  }

  // Runs inside the transaction; only `tem` may touch the database (PGlite has one connection).
  async #dispatchNext(tem: Em): Promise<Outcome> {
    const now = this.#clock.now();
    const [message] = await tem.find(
      OutboxMessage,
      { status: "PENDING", nextAttemptAt: { $lte: now } },
      { orderBy: { createdAt: "asc", id: "asc" }, limit: 1, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    if (!message) return { kind: "none" };
    try {
      await this.#transport.send({
        from: this.#from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        messageId: messageIdFor(message.id, this.#from),
      });
    } catch (error) {
      return this.#recordFailure(message, error, now);
    }
    message.status = this.#transport.captures ? "CAPTURED" : "SENT";
    message.sentAt = this.#clock.now();
    message.attempts += 1;
    message.lastError = null;
    // A delivered mail's body may carry a live link token; keep it only in the customer's mailbox.
    if (!this.#transport.captures) redactBody(message);
    return { kind: "sent" };
  }

  #recordFailure(message: OutboxMessage, error: unknown, now: Date): Outcome {
    const described = error instanceof MailSendError ? error : new MailSendError(shortError(error), { permanent: false, serverUnavailable: false });
    message.attempts += 1;
    message.lastError = described.message;
    if (described.permanent || message.attempts >= this.#maxAttempts) {
      message.status = "FAILED";
      redactBody(message);
      return { kind: "failed" };
    }
    message.nextAttemptAt = new Date(now.getTime() + this.retryDelayMs(message.attempts));
    return { kind: "retried", serverUnavailable: described.serverUnavailable };
  }

  /** The wait after the given failed attempt: base·2^(attempts−1), capped, plus up to 10% jitter so retries spread out. */
  retryDelayMs(attempts: number): number {
    const delay = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(delay * (1 + 0.1 * this.#random()));
  }
}

function shortError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Not from the SMTP transport, so no known secrets to cut; strip anything URL-credential-like anyway.
  return text.replace(/(\w+:\/\/)[^@\s/]*@/g, "$1***@").replace(/\s+/g, " ").slice(0, 300);
}

const REDACTED = "(本文は送信後に削除しました / body removed after delivery)";

/**
 * Mail bodies carry single-use link tokens, and the keyword digest is keyed by the token:
 * once a mail is delivered or given up, its body must not stay readable in the database.
 */
export function redactBody(message: OutboxMessage): void {
  message.textBody = REDACTED;
  message.htmlBody = `<p>${REDACTED}</p>`;
}
