import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { spreadOf } from "./stats.ts";

/** Runs bench/argon2-rate.ts in its own process: raw verifications/s of the product's hasher on every core. */
export async function measureArgon2(
  timing: { warmupSeconds: number; seconds: number; runs: number },
  path: string,
) {
  const script = fileURLToPath(new URL("./argon2-rate.ts", import.meta.url));
  const args = [script, String(timing.warmupSeconds), String(timing.seconds), String(timing.runs)];
  // The hasher has its own threads (one per core); libuv's pool is sized as the product's was.
  const env = { PATH: path, UV_THREADPOOL_SIZE: String(Math.max(4, availableParallelism())) };
  const { stdout } = await promisify(execFile)(process.execPath, args, { env });
  const { concurrency, perSecond } = JSON.parse(stdout) as {
    concurrency: number;
    perSecond: number[];
  };
  return { concurrency, perSecond, summary: spreadOf(perSecond) };
}
