import type { OutboxMessage } from "./outbox-message.entity.ts";

/** How long the dispatcher keeps trying, and how often. */
export interface DeliveryPolicy {
  /** The first retry waits this long; each further one twice as long, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A mail without a link is given up this long after it was queued. */
  maxAgeMs: number;
  /** Source of the backoff jitter, 0 ≤ r < 1; tests pin it. */
  random: () => number;
}

/** Until when delivery is worth trying: the link's expiry for a link mail, else the configured age. */
export function deadlineOf(
  message: Pick<OutboxMessage, "linkExpiresAt" | "createdAt">,
  policy: DeliveryPolicy,
): Date {
  return message.linkExpiresAt ?? new Date(message.createdAt.getTime() + policy.maxAgeMs);
}

/**
 * The wait after the given failed attempt: base·2^(attempts−1), capped, less up to 10% jitter
 * so retries of mails queued together spread out without ever exceeding the cap.
 */
export function retryDelayMs(attempts: number, policy: DeliveryPolicy): number {
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay * (1 - 0.1 * policy.random()));
}
