import type { Em } from "../database/orm.ts";

/**
 * Spends `count` database round trips that change nothing. A service whose answer must not
 * reveal whether an account exists calls it on the path that writes less, so both paths send
 * the same number of statements inside their transaction and take about as long. The
 * credential reset no longer needs it: its answer writes one reset request row whoever asks,
 * and the reset worker does the rest after the answer (recovery/reset-worker.ts).
 */
export async function matchRoundTrips(em: Em, count: number): Promise<void> {
  // Through the entity manager, so the statement runs in its transaction (PGlite has one connection).
  for (let i = 0; i < count; i += 1) await em.execute("select 1");
}
