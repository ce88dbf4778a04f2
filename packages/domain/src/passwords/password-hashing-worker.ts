import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import { hashSync, verifySync } from "@node-rs/argon2";
import { ARGON2_OPTIONS, HASHING_NICE } from "./argon2-options.ts";

/*
 * One of the password hasher's worker threads (see password-hasher.ts). Each hashes
 * synchronously on its own thread, which first lowers its own scheduling priority: on Linux,
 * setpriority(PRIO_PROCESS, 0) applies to the calling thread only, so the event loop and the
 * other threads of the process keep theirs.
 */
try {
  setPriority(0, HASHING_NICE);
} catch {
  // Not permitted or not supported here (Windows without the right): hash at normal priority.
}

export type HashingTask =
  | { op: "hash"; plain: string }
  | { op: "verify"; hash: string; plain: string }
  /** For tests: the kernel's thread id and the nice this thread runs at. */
  | { op: "thread" };

export default function run(task: HashingTask): string | boolean | { tid: number; nice: number } {
  switch (task.op) {
    case "hash":
      return hashSync(task.plain, ARGON2_OPTIONS);
    case "verify":
      // A malformed stored hash is no match (login answers "wrong password"); only this
      // call's errors are, so a pool that cannot hash at all fails loudly instead.
      try {
        return verifySync(task.hash, task.plain);
      } catch {
        return false;
      }
    case "thread":
      return {
        tid: Number(readlinkSync("/proc/thread-self").split("/").pop()),
        nice: getPriority(0),
      };
    default:
      throw new Error(`unknown hashing task ${JSON.stringify(task satisfies never)}`);
  }
}
