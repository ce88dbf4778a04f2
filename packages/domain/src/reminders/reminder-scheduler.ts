import type { Config } from "@cws/config";
import { randomUUID } from "node:crypto";
import type { Orm } from "../database/orm.ts";
import type { MailLogger } from "../mail/mail-logger.ts";
import type { Clock } from "../time/clock.ts";
import { type ReminderRunResult, sendDueRenewalReminders } from "./renewal-reminders.ts";
import { shortError } from "../mail/short-error.ts";

export interface ReminderSchedulerDeps {
  orm: Orm;
  config: Config;
  clock: Clock;
  logger: MailLogger;
}

/**
 * Runs {@link sendDueRenewalReminders} when started and then every
 * `renewalReminders.intervalMinutes`, in the server process (as the mail dispatcher does).
 * Several instances may run it at once: the unique (period, kind) row decides who sends.
 * A failed run is logged and tried again at the next tick.
 */
export class ReminderScheduler {
  readonly #deps: ReminderSchedulerDeps;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running = false;
  #inFlight: Promise<unknown> | null = null;

  constructor(deps: ReminderSchedulerDeps) {
    this.#deps = deps;
  }

  /** One run now, at the clock's time. Logs what it queued; never logs an address. */
  async runOnce(): Promise<ReminderRunResult> {
    const { orm, config, clock, logger } = this.#deps;
    const result = await sendDueRenewalReminders({
      em: orm.em.fork(),
      config,
      now: clock.now(),
      origin: { ip: "", userAgent: "renewal-reminders", requestId: randomUUID() },
    });
    if (result.queued > 0) {
      logger.info(
        { event: "renewal_reminders_queued", ...result.byKind },
        "renewal reminders queued",
      );
    }
    if (result.failed > 0) {
      logger.warn(
        { event: "renewal_reminders_failed", failed: result.failed },
        "some renewal reminders could not be queued; they are tried again at the next run",
      );
    }
    return result;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    const intervalMs = this.#deps.config.renewalReminders.intervalMinutes * 60_000;
    const tick = async () => {
      const run = this.runOnce();
      this.#inFlight = run;
      try {
        await run;
      } catch (error) {
        this.#deps.logger.error(
          { event: "renewal_reminders_error", error: shortError(error) },
          "renewal reminder run failed; trying again at the next interval",
        );
      } finally {
        this.#inFlight = null;
      }
      if (this.#running) this.#timer = setTimeout(tick, intervalMs);
    };
    this.#timer = setTimeout(tick, 0);
  }

  /** Stops the ticks and waits for a run under way, so the ORM can be closed after it. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#inFlight?.catch(() => {});
  }
}
