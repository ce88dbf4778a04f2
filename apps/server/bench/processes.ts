// Process control: the servers under load run as their own processes, never inside the
// bench driver, so the load generator does not share the event loop it measures.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, closeSync, readdirSync, readFileSync } from "node:fs";
import { once } from "node:events";

/** A server process the bench started; `pid` is the root of its process tree (the cluster primary, if any). */
export interface ServerProcess {
  pid: number;
  url: string;
  logFile: string;
  /** Milliseconds from spawn to the first good /healthz answer. */
  startedInMs: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Script and arguments, run with this Node binary. */
  args: string[];
  env: Record<string, string>;
  url: string;
  /** Where the process's stdout and stderr go: a file, as a production log collector would take them. */
  logFile: string;
  /** A line the log must contain too before the server counts as started (the cluster's "all workers"). */
  readyLine?: string;
  timeoutMs?: number;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const answer = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
    return answer.ok;
  } catch {
    return false;
  }
}

async function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());
  return Promise.race([once(child, "exit").then(() => true), timer]);
}

/** Starts a server and waits for /healthz; throws with the log's tail when it dies or does not answer in time. */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const log = openSync(options.logFile, "w");
  const started = performance.now();
  const child = spawn(process.execPath, options.args, {
    env: options.env,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const deadline = started + (options.timeoutMs ?? 60_000);
  const tail = () => readFileSync(options.logFile, "utf8").split("\n").slice(-20).join("\n");
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${options.args[0]} exited with ${child.exitCode}:\n${tail()}`);
    const ready =
      !options.readyLine || readFileSync(options.logFile, "utf8").includes(options.readyLine);
    if (ready && (await healthy(options.url))) break;
    if (performance.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${options.args[0]} did not answer /healthz in time:\n${tail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const startedInMs = performance.now() - started;
  return {
    pid: child.pid!,
    url: options.url,
    logFile: options.logFile,
    startedInMs,
    async stop() {
      child.kill("SIGTERM");
      if (!(await exited(child, 10_000))) {
        child.kill("SIGKILL");
        await exited(child, 5_000);
      }
    },
  };
}

/** The pid and every descendant of it (cluster workers), read from /proc. */
export function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name, which may itself contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we listed them.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}
