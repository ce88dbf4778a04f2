import { readFileSync } from "node:fs";
import argon2 from "argon2";
import { afterAll, describe, expect, it } from "vitest";
import { HASHING_NICE } from "./argon2-options.ts";
import {
  closeHashingPool,
  HASHING_THREADS,
  hashingThreadCount,
  runHashingTask,
} from "./hashing-pool.ts";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password-hasher.ts";

/** Field 19 of /proc/self/task/<tid>/stat: the nice a thread of this process runs at. */
function niceOf(tid: number | "self"): number {
  const stat = readFileSync(
    tid === "self" ? "/proc/self/stat" : `/proc/self/task/${tid}/stat`,
    "utf8",
  );
  // The command name (field 2) may hold spaces; the fields after its ")" are space-separated.
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19 - 3]);
}

describe("the hashing threads", () => {
  afterAll(() => closeHashingPool());

  it.runIf(process.platform === "linux")(
    "run at a lower priority than the rest of the process, which keeps its own",
    async () => {
      const before = niceOf("self");
      const { tid, nice } = await runHashingTask({ op: "thread" });
      expect(nice).toBe(HASHING_NICE);
      // Seen from outside the thread, by the kernel's own account.
      expect(niceOf(tid)).toBe(HASHING_NICE);
      expect(tid).not.toBe(process.pid);
      expect(niceOf("self")).toBe(before);
    },
  );

  it("are one per core, and hashes beyond that wait their turn", async () => {
    const hash = await hashPassword("Xk7#pq2Lm");
    const results = await Promise.all(
      Array.from({ length: HASHING_THREADS * 3 }, () => verifyPassword(hash, "Xk7#pq2Lm")),
    );
    expect(results.every(Boolean)).toBe(true);
    expect(hashingThreadCount()).toBe(HASHING_THREADS);
  });

  it("pass a failure back to the caller; only a malformed stored hash is a plain no-match", async () => {
    // So a pool that cannot hash fails the login loudly instead of answering "wrong password".
    await expect(runHashingTask({ op: "nonsense" } as never)).rejects.toThrow(
      /unknown hashing task/,
    );
    expect(await verifyPassword("$argon2id$v=19$m=19456,t=2,p=1$bad$bad", "Xk7#pq2Lm")).toBe(false);
  });

  it("close, and a later hash starts them again", async () => {
    await hashPassword("Xk7#pq2Lm");
    await closeHashingPool();
    expect(hashingThreadCount()).toBe(0);
    expect(await verifyPassword(DUMMY_HASH, "Xk7#pq2Lm")).toBe(false);
    expect(hashingThreadCount()).toBe(HASHING_THREADS);
  });
});

// Stored hashes were made by the `argon2` package (node-argon2) before the hasher moved to
// @node-rs/argon2; both write the same PHC strings, so nobody has to set a new password.
describe("hashes of the earlier argon2 library", () => {
  it("verify with the right password only", async () => {
    const old = await argon2.hash("Mirai-2026x", {
      type: argon2.argon2id,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    // The old library writes p before t; the cost is the same.
    expect(old).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(old, "Mirai-2026x")).toBe(true);
    expect(await verifyPassword(old, "Mirai-2026X")).toBe(false);
  });

  it("include the dummy hash, which the new hasher reads and the old library too", async () => {
    // DUMMY_HASH was made by the old library; its secret is lost, so it must never match.
    expect(await argon2.verify(DUMMY_HASH, "Xk7#pq2Lm")).toBe(false);
    expect(await verifyPassword(DUMMY_HASH, "Xk7#pq2Lm")).toBe(false);
  });

  it("and the new hashes verify with the old library", async () => {
    const hash = await hashPassword("Mirai-2026x");
    expect(await argon2.verify(hash, "Mirai-2026x")).toBe(true);
    expect(await argon2.verify(hash, "Mirai-2026X")).toBe(false);
  });
});
