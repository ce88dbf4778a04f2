import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startBackgroundWorkLater } from "./startup.ts";

describe("the background work at start", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts only once the delay after listening has passed, every part once", () => {
    const started: string[] = [];
    startBackgroundWorkLater(
      [() => started.push("mail"), () => started.push("resets"), () => started.push("reminders")],
      1_000,
    );
    vi.advanceTimersByTime(999);
    expect(started).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(started).toEqual(["mail", "resets", "reminders"]);
    vi.advanceTimersByTime(60_000);
    expect(started).toHaveLength(3);
  });

  it("never starts when a shutdown cancels it first", () => {
    const start = vi.fn();
    const cancel = startBackgroundWorkLater([start], 1_000);
    vi.advanceTimersByTime(500);
    cancel();
    vi.advanceTimersByTime(5_000);
    expect(start).not.toHaveBeenCalled();
  });
});
