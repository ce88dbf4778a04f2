import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

/** The throttled actions and their budget per client address, per window. */
export const THROTTLED_ACTIONS = [
  "login",
  "registration",
  "keyword",
  "reset",
  "resetEmail",
  "stepToken",
  "password",
  "staffLogin",
] as const;
export type ThrottledAction = (typeof THROTTLED_ACTIONS)[number];

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface Throttle {
  /** Counts one attempt of `action` by `key` (a client address, an e-mail…). */
  consume(action: ThrottledAction, key: string): Promise<ThrottleVerdict>;
  close(): Promise<void>;
}

const WINDOW_SECONDS = 15 * 60;

/**
 * Per-address throttling with rate-limiter-flexible: in memory for one process, in Redis
 * when REDIS_URL is set so every instance behind the load balancer shares the counts.
 */
export async function createThrottle(options: {
  pointsPerWindow: number;
  redisUrl: string | null;
  onRedisError?: (error: unknown) => void;
}): Promise<Throttle> {
  // No offline queue: while Redis is unreachable each check falls back at once to the
  // in-memory insurance limiter instead of waiting. So connect before the first check.
  // ioredis loads only when Redis is configured (~100 ms of start-up otherwise spent for nothing).
  const redis = options.redisUrl
    ? new (await import("ioredis")).Redis(options.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: true,
      })
    : null;
  if (redis) {
    redis.on("error", (error) => options.onRedisError?.(error));
    await redis.connect().catch((error: unknown) => options.onRedisError?.(error));
  }
  const limiters = new Map<ThrottledAction, RateLimiterAbstract>();
  for (const action of THROTTLED_ACTIONS) {
    const base = {
      keyPrefix: `cws:throttle:${action}`,
      points: options.pointsPerWindow,
      duration: WINDOW_SECONDS,
    };
    limiters.set(
      action,
      redis
        ? new RateLimiterRedis({
            ...base,
            storeClient: redis,
            insuranceLimiter: new RateLimiterMemory(base),
          })
        : new RateLimiterMemory(base),
    );
  }
  return {
    async consume(action, key) {
      try {
        await limiters.get(action)!.consume(key, 1);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
          };
        throw rejection;
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
