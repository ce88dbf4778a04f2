import { it } from "vitest";

/**
 * Registers a test only where it can run (a database kind or a service known when the file
 * loads), so a run never reports skipped tests: a PostgreSQL-only race test exists in the
 * PostgreSQL run and not in the PGlite one.
 */
export function itWhen(
  condition: unknown,
  name: string,
  fn: () => Promise<void>,
  timeout?: number,
): void {
  if (condition) it(name, fn, timeout);
}
