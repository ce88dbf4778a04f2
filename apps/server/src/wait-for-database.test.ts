import { describe, expect, it } from "vitest";
import { DatabaseUnreachable, waitForDatabase } from "./wait-for-database.ts";

function fakeTime() {
  let now = 0;
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const record = (level: string) => (fields: Record<string, unknown>, message: string) =>
    void lines.push({ level, fields, message });
  return {
    lines,
    options: (retryForMs: number) => ({
      retryForMs,
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
      },
      log: { warn: record("warn"), error: record("error") } as never,
    }),
  };
}

describe("waiting for the database at start", () => {
  it("retries with a growing wait and goes on once the database answers, one log line per failed attempt", async () => {
    const time = fakeTime();
    let calls = 0;
    await waitForDatabase(async () => {
      if (++calls < 4) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    }, time.options(60_000));
    expect(calls).toBe(4);
    expect(time.lines.map((l) => [l.level, l.fields.retryInMs])).toEqual([
      ["warn", 500],
      ["warn", 1000],
      ["warn", 2000],
    ]);
    expect(time.lines[0]!.fields.reason).toBe("connect ECONNREFUSED 127.0.0.1:5432");
  });

  it("gives up after the configured time with one error line and a typed error", async () => {
    const time = fakeTime();
    const waiting = waitForDatabase(async () => {
      throw new Error("timeout expired");
    }, time.options(10_000));
    await expect(waiting).rejects.toBeInstanceOf(DatabaseUnreachable);
    const last = time.lines.at(-1)!;
    expect(last).toMatchObject({ level: "error", message: "database unreachable; giving up" });
    // 0.5 + 1 + 2 + 4 s of waits fit in 10 s; the next 5 s would not.
    expect(time.lines.filter((l) => l.level === "warn")).toHaveLength(4);
  });
});
