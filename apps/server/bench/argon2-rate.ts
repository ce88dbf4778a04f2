// Raw argon2id verifications per second with the product's own hasher, on every core:
// the ceiling `login` is compared with. Its own process, so the bench driver's event loop
// does not slow it. The hasher runs on its own worker threads, one per core and at a lower
// priority (packages/domain/src/passwords/hashing-pool.ts), as it does in the product, so one
// verification in flight per core keeps every core busy.
// node bench/argon2-rate.ts <warm-up seconds> <seconds> <runs>  → one JSON line
import { availableParallelism } from "node:os";
import { hashPassword, verifyPassword } from "@cws/domain";

const [warmup = 1, seconds = 5, runs = 3] = process.argv.slice(2).map(Number);
const concurrency = availableParallelism();
const hash = await hashPassword("Bench-2026-xy");

async function verificationsPerSecond(durationS: number): Promise<number> {
  const deadline = performance.now() + durationS * 1000;
  let done = 0;
  const loop = async () => {
    while (performance.now() < deadline) {
      if (!(await verifyPassword(hash, "Bench-2026-xy")))
        throw new Error("the hasher refused its own password");
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  return done / ((performance.now() - started) / 1000);
}

await verificationsPerSecond(warmup);
const perSecond = [];
for (let i = 0; i < runs; i += 1) perSecond.push(await verificationsPerSecond(seconds));
console.log(JSON.stringify({ concurrency, perSecond }));
