import { describe, expect, it } from "vitest";
import { TraceBrowsers, type TraceBrowserLimits } from "./trace-browsers";

const MINUTE = 60_000;

function browsers(limits: Partial<TraceBrowserLimits> = {}): TraceBrowsers<string> {
  return new TraceBrowsers<string>({
    maxBrowsers: 3,
    perBrowser: 4,
    idleMs: 20 * MINUTE,
    isWatched: () => false,
    ...limits,
  });
}

describe("the inspector's browsers", () => {
  it("keeps each browser's last traces, newest first", () => {
    const kept = browsers();
    for (let i = 1; i <= 6; i++) kept.add("a", `a${i}`, i);
    kept.add("b", "b1", 7);
    expect(kept.list("a", 8)).toEqual(["a6", "a5", "a4", "a3"]);
    expect(kept.list("b", 8)).toEqual(["b1"]);
    expect(kept.list("c", 8)).toEqual([]);
  });

  it("forgets a browser idle for the idle time, on the next trace of anyone", () => {
    const kept = browsers();
    kept.add("a", "a1", 0);
    kept.add("b", "b1", 10 * MINUTE);
    kept.add("c", "c1", 20 * MINUTE - 1);
    expect(kept.size).toBe(3);
    kept.add("c", "c2", 20 * MINUTE);
    expect(kept.list("a", 20 * MINUTE)).toEqual([]);
    expect(kept.list("b", 20 * MINUTE)).toEqual(["b1"]);
    expect(kept.size).toBe(2);
  });

  it("counts reading its traces as activity", () => {
    const kept = browsers();
    kept.add("a", "a1", 0);
    expect(kept.list("a", 15 * MINUTE)).toEqual(["a1"]);
    kept.add("b", "b1", 30 * MINUTE);
    expect(kept.list("a", 30 * MINUTE)).toEqual(["a1"]);
  });

  it("keeps a browser that is watched live, however long it pauses", () => {
    const kept = browsers({ isWatched: (id) => id === "a" });
    kept.add("a", "a1", 0);
    kept.add("b", "b1", 0);
    kept.add("c", "c1", 3 * 60 * MINUTE);
    expect(kept.list("a", 3 * 60 * MINUTE)).toEqual(["a1"]);
    expect(kept.list("b", 3 * 60 * MINUTE)).toEqual([]);
  });

  it("over the cap, forgets the least recently active browser, watched or not", () => {
    const kept = browsers({ isWatched: () => true });
    kept.add("a", "a1", 1);
    kept.add("b", "b1", 2);
    kept.add("c", "c1", 3);
    kept.add("a", "a2", 4);
    kept.add("d", "d1", 5);
    expect(kept.size).toBe(3);
    expect(kept.list("b", 6)).toEqual([]);
    expect(kept.list("a", 6)).toEqual(["a2", "a1"]);
  });

  it("moves a browser's traces to its new id, and the old id has none", () => {
    const kept = browsers();
    kept.add("old", "t1", 0);
    kept.move("old", "new", 1);
    expect(kept.list("old", 2)).toEqual([]);
    expect(kept.list("new", 2)).toEqual(["t1"]);
  });
});
