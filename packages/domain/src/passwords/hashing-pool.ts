import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { HashingTask } from "./password-hashing-worker.ts";

/*
 * argon2 runs on a small pool of worker threads, one per core, instead of libuv's thread
 * pool: more hashes at once than cores only makes each slower, and the rest wait in the
 * pool's queue. Each thread lowers its own priority (HASHING_NICE), so when requests
 * compete with logins for the cores, the event loop and PostgreSQL win; alone, logins still
 * use every core. Piscina unrefs an idle thread, so the pool never keeps a process alive.
 */
export const HASHING_THREADS = Math.max(1, availableParallelism());

let pool: Piscina | null = null;

function hashingPool(): Piscina {
  // Made on first use: processes that never hash (imports, mail) start no threads.
  pool ??= new Piscina({
    filename: new URL("./password-hashing-worker.ts", import.meta.url).href,
    minThreads: HASHING_THREADS,
    maxThreads: HASHING_THREADS,
    concurrentTasksPerWorker: 1,
  });
  return pool;
}

export function runHashingTask(task: { op: "hash"; plain: string }): Promise<string>;
export function runHashingTask(task: {
  op: "verify";
  hash: string;
  plain: string;
}): Promise<boolean>;
export function runHashingTask(task: { op: "thread" }): Promise<{ tid: number; nice: number }>;
export function runHashingTask(task: HashingTask): Promise<unknown> {
  return hashingPool().run(task);
}

/** Threads the pool has now (0 before the first hash and after closing). */
export function hashingThreadCount(): number {
  return pool?.threads.length ?? 0;
}

/** Ends the hashing threads; the next hash starts a new pool. */
export async function closeHashingPool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}
