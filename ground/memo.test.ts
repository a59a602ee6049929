import { describe, expect, it } from "vitest";
import { BoundedMemo, processMemo } from "./memo";

describe("BoundedMemo", () => {
  it("forgets an entry at its expiry", () => {
    const memo = new BoundedMemo<string>(10);
    memo.set("a", "A", 1000);
    expect(memo.get("a", 999)).toBe("A");
    expect(memo.get("a", 1000)).toBeUndefined();
    expect(memo.size).toBe(0);
  });

  it("stays bounded, evicting the least recently used", () => {
    const memo = new BoundedMemo<number>(3);
    for (const [i, key] of ["a", "b", "c"].entries()) memo.set(key, i, 1000);
    memo.get("a", 0); // a is now the most recent
    memo.set("d", 3, 1000);
    expect(memo.size).toBe(3);
    expect(memo.get("b", 0)).toBeUndefined();
    expect(memo.get("a", 0)).toBe(0);
  });

  it("keeps nothing whose expiry is not a finite instant (an exp of 1e400 is Infinity)", () => {
    const memo = new BoundedMemo<string>(10);
    memo.set("a", "A", 1000);
    for (const never of [Infinity, -Infinity, NaN]) memo.set("a", "A", never);
    memo.set("b", "B", Number.parseFloat("1e400"));
    expect(memo.get("a", 0)).toBeUndefined();
    expect(memo.get("b", 0)).toBeUndefined();
    expect(memo.size).toBe(0);
  });

  it("is shared process-wide by name", () => {
    expect(processMemo("test-memo")).toBe(processMemo("test-memo"));
    expect(processMemo("test-memo")).not.toBe(processMemo("other-memo"));
  });
});
