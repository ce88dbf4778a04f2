/**
 * A fresh idempotency key (a UUID, within the server's 1–100 of A–Z a–z 0–9 _ -).
 * crypto.randomUUID only exists on secure origins, and a phone testing a development
 * server over plain http on the LAN is not one; getRandomValues works everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
