import type { Em } from "../database/orm.ts";

/**
 * Spends `count` database round trips that change nothing. A service whose answer must not
 * reveal whether an account exists calls it on the path that writes less, so both paths send
 * the same number of statements inside their transaction and take about as long (an account
 * found writes a link and a mail; an unknown address writes only the audit row).
 */
export async function matchRoundTrips(em: Em, count: number): Promise<void> {
  // Through the entity manager, so the statement runs in its transaction (PGlite has one connection).
  for (let i = 0; i < count; i += 1) await em.execute("select 1");
}
