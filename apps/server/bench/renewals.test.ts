import { describe, expect, it } from "vitest";
import { ContractPool, renewalOrder } from "./renewals.ts";
import { percentile } from "./stats.ts";

describe("percentile", () => {
  it("takes the nearest rank: the smallest value with p % of the values at or below it", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNull();
  });
});

describe("renewalOrder and ContractPool", () => {
  const customers = [
    { userId: "a", token: "ta", renewableContractIds: ["a1", "a2", "a3"] },
    { userId: "b", token: "tb", renewableContractIds: ["b1"] },
    { userId: "c", token: "tc", renewableContractIds: ["c1", "c2"] },
  ];

  it("puts each customer's first contract before anyone's second, with the holder's token", () => {
    const order = renewalOrder(customers);
    expect(order.map((c) => c.contractId)).toEqual(["a1", "b1", "c1", "a2", "c2", "a3"]);
    expect(order[4]).toEqual({ contractId: "c2", token: "tc" });
  });

  it("hands out every contract once, then nothing", () => {
    const pool = new ContractPool(renewalOrder(customers));
    const taken = Array.from({ length: 7 }, () => pool.take()?.contractId);
    expect(taken).toEqual(["a1", "b1", "c1", "a2", "c2", "a3", undefined]);
    expect(pool.left).toBe(0);
  });
});
