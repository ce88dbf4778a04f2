import { freePort } from "@cws/domain/testing";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));

interface Run {
  exit: Promise<number | null>;
  lines: () => string[];
  kill: (signal: NodeJS.Signals) => void;
}

/** Starts the real service as production does (`node src/main.ts`), with its own settings only. */
function start(env: Record<string, string>): Run {
  // A child process of the test, handed only the few variables it needs; not a setting.
  // eslint-disable-next-line no-restricted-properties
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH, HOME, NODE_ENV: "test", DATABASE_SEED: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return {
    exit: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
    lines: () => output.split("\n").filter(Boolean),
    kill: (signal) => child.kill(signal),
  };
}

const parse = (line: string) => JSON.parse(line) as { level: number; msg: string };

describe("the service process", () => {
  it("logs one JSON line per attempt and exits cleanly, " +
    "without a stack trace, when the database never answers", async () => {
    const closed = await freePort();
    const run = start({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/cws`,
      DATABASE_START_RETRY_SECONDS: "1",
    });
    expect(await run.exit).toBe(1);
    const lines = run.lines();
    // Every line is JSON (pino), so log collectors never split a message.
    const entries = lines.map(parse);
    expect(
      entries.filter((e) => e.msg === "database unreachable; retrying").length,
    ).toBeGreaterThan(0);
    expect(entries.at(-1)?.msg).toBe("database unreachable; giving up");
    expect(lines.some((l) => /^\s+at /.test(l))).toBe(false);
  }, 120_000);

  it("serves, then on SIGTERM drains and exits 0, with JSON lines from start to stop", async () => {
    const port = await freePort();
    const run = start({
      DATABASE_URL: "pglite:memory",
      PORT: String(port),
      MAINTENANCE_WINDOW: "off",
      SHUTDOWN_DRAIN_SECONDS: "2",
    });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const ready = await fetch(`${url}/readyz`).then(
        (r) => r.status,
        () => 0,
      );
      if (ready === 200) break;
      if (i > 1500) throw new Error(`the service never became ready:\n${run.lines().join("\n")}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    run.kill("SIGTERM");
    expect(await run.exit).toBe(0);
    const messages = run
      .lines()
      .map(parse)
      .map((e) => e.msg);
    expect(messages).toContain("お客さまWebサービス is listening");
    expect(messages).toContain("shutting down: draining requests under way");
    expect(messages.at(-1)).toBe("stopped");
  }, 240_000);
});
