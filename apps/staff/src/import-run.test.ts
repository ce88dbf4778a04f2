import { describe, expect, it } from "vitest";
import { requestSized } from "./import-run.ts";

describe("requestSized", () => {
  it("keeps every part's JSON under the limit, in order, without splitting a row", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      rowNumber: i + 2,
      name: "髙橋".repeat(i % 7),
    }));
    const parts = requestSized(rows, 5_000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts)
      expect(Buffer.byteLength(JSON.stringify(part))).toBeLessThanOrEqual(5_000);
    expect(parts.flat()).toEqual(rows);
  });

  it("sends one part when the batch fits, and a too-large single row alone", () => {
    expect(requestSized([{ a: 1 }, { a: 2 }], 1_000)).toEqual([[{ a: 1 }, { a: 2 }]]);
    const big = { a: "x".repeat(50) };
    expect(requestSized([big, { a: 1 }], 20)).toEqual([[big], [{ a: 1 }]]);
  });
});
