import {
  ConnectionException,
  DeadlockException,
  DriverException,
  LockWaitTimeoutException,
} from "@mikro-orm/core";

/** SQLSTATE classes and codes that mean "the database cannot serve this now", not "this request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set([
  "57P01",
  "57P02",
  "57P03",
  "57014",
  "55P03",
  "53300",
  "40001",
  "40P01",
]);
const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);
const UNAVAILABLE_MESSAGES = new RegExp(
  [
    "timeout exceeded when trying to connect",
    "Connection terminated",
    "Query read timeout",
    "connection timeout",
    "Client has encountered a connection error",
  ].join("|"),
  "i",
);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Whether an error means the database is unreachable, overloaded, shutting down, or timed
 * out on a statement or a lock: the request may succeed when retried, so the service
 * answers 503 with Retry-After instead of an internal error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (
      current instanceof ConnectionException ||
      current instanceof LockWaitTimeoutException ||
      current instanceof DeadlockException
    ) {
      return true;
    }
    const code = codeOf(current);
    if (
      code &&
      (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith("08") || UNAVAILABLE_NODE_CODES.has(code))
    )
      return true;
    const message = current instanceof Error ? current.message : "";
    if (UNAVAILABLE_MESSAGES.test(message)) return true;
    if (
      current instanceof DriverException &&
      codeOf(current) === undefined &&
      /ECONNREFUSED|ETIMEDOUT/.test(message)
    )
      return true;
    current =
      (current as { cause?: unknown }).cause ?? (current as { previous?: unknown }).previous;
  }
  return false;
}
