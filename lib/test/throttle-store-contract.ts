import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ThrottleRule } from "@/lib/throttle/rules";
import type { ThrottleStore } from "@/lib/throttle/store";

/** What every throttle store must do, run against each (memory, SQLite, a real Redis). */
export function throttleStoreContract(name: string, makeStore: () => ThrottleStore): void {
  const key = () => `test:${crypto.randomUUID()}`;
  const at = (now: number) => () => now;
  const backoff: ThrottleRule = {
    kind: "backoff",
    free: 5,
    maxDelayMs: 15 * 60_000,
    forgetMs: 3_600_000,
  };
  const window: ThrottleRule = { kind: "window", max: 3, windowMs: 60_000 };

  describe(`${name} throttle store`, () => {
    it("backoff: 5 free, then 1 s, 2 s…; forgotten after an hour", async () => {
      const store = makeStore();
      const hit = [{ key: key(), rule: backoff }];
      for (let i = 0; i < 6; i++) expect(await store.attempt(hit, at(1000))).toBe(0);
      expect(await store.attempt(hit, at(1000))).toBe(1000);
      expect(await store.attempt(hit, at(1500))).toBe(500);
      expect(await store.attempt(hit, at(2000))).toBe(0); // 7th: now 2 s
      expect(await store.attempt(hit, at(2000))).toBe(2000);
      expect(await store.attempt(hit, at(2000 + 3_600_000))).toBe(0);
    });

    it("window: at most max per window, successes included", async () => {
      const store = makeStore();
      const hit = [{ key: key(), rule: window }];
      for (let i = 0; i < 3; i++) expect(await store.attempt(hit, at(10_000))).toBe(0);
      expect(await store.attempt(hit, at(20_000))).toBe(50_000);
      expect(await store.attempt(hit, at(70_000))).toBe(0);
    });

    it("several budgets: refused by any, and then counted against none", async () => {
      const store = makeStore();
      const [full, other] = [key(), key()];
      for (let i = 0; i < 3; i++) await store.attempt([{ key: full, rule: window }], at(0));
      const both = [
        { key: other, rule: window },
        { key: full, rule: window },
      ];
      expect(await store.attempt(both, at(0))).toBe(60_000);
      for (let i = 0; i < 3; i++)
        expect(await store.attempt([{ key: other, rule: window }], at(0))).toBe(0);
      expect(await store.attempt([{ key: other, rule: window }], at(0))).toBeGreaterThan(0);
    });

    it("reset forgets a counter", async () => {
      const store = makeStore();
      const hit = [{ key: key(), rule: backoff }];
      for (let i = 0; i < 7; i++) await store.attempt(hit, at(0));
      expect(await store.attempt(hit, at(0))).toBeGreaterThan(0);
      await store.reset([hit[0]!.key]);
      expect(await store.attempt(hit, at(0))).toBe(0);
    });

    it("refund gives one attempt back to a live counter, and nothing to a gone one", async () => {
      const store = makeStore();
      const hit = [{ key: key(), rule: window }];
      for (let i = 0; i < 3; i++) await store.attempt(hit, at(0));
      expect(await store.attempt(hit, at(0))).toBe(60_000);
      await store.refund([hit[0]!.key], at(1));
      expect(await store.attempt(hit, at(2))).toBe(0); // its window did not restart
      expect(await store.attempt(hit, at(2))).toBe(59_998);
      await store.refund([hit[0]!.key, key()], at(60_000)); // expired, and never counted
      for (let i = 0; i < 3; i++) expect(await store.attempt(hit, at(60_000))).toBe(0);
      expect(await store.attempt(hit, at(60_000))).toBe(60_000);
    });

    it("racing attempts are each counted: of 20 at once, exactly 6 pass", async () => {
      const store = makeStore();
      const hit = [{ key: key(), rule: backoff }];
      const waits = await Promise.all(Array.from({ length: 20 }, () => store.attempt(hit, at(5))));
      expect(waits.filter((w) => w === 0)).toHaveLength(6);
    });
  });
}
