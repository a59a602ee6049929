import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  currentPasswordId,
  liveRing,
  nextDropAt,
  readPasswordRing,
  ringWithout,
  rotatedRing,
  type PasswordRing,
} from "./password-ring";

const LIFE = 1000;

describe("the seal password ring", () => {
  it("a rotation dates the password it supersedes; the newest is never dropped", () => {
    const ring = rotatedRing({ ids: [1], supersededAt: {} }, 50);
    expect(ring).toEqual({ ids: [1, 2], supersededAt: { 1: 50 } });
    expect(liveRing(ring, 50 + LIFE - 1, LIFE).ids).toEqual([1, 2]);
    expect(liveRing(ring, 50 + LIFE, LIFE)).toEqual({ ids: [2], supersededAt: {} });
    expect(nextDropAt(ring, LIFE)).toBe(50 + LIFE);
    expect(liveRing({ ids: [3], supersededAt: {} }, Number.MAX_SAFE_INTEGER, LIFE).ids).toEqual([
      3,
    ]);
    expect(ringWithout(ring, 1)).toEqual({ ids: [2], supersededAt: {} });
  });

  it("keeps an undated previous password (a hand-edited row) rather than guess", () => {
    const ring = readPasswordRing({ passwordIds: "[1,2,3]", supersededAt: '{"2":10,"9":1,"x":2}' });
    expect(ring).toEqual({ ids: [1, 2, 3], supersededAt: { 2: 10 } });
    expect(liveRing(ring, 10 ** 12, LIFE).ids).toEqual([1, 3]);
    expect(nextDropAt({ ids: [1, 2], supersededAt: {} }, LIFE)).toBe(Infinity);
    for (const text of ["", "null", "[1]", '"x"']) {
      expect(readPasswordRing({ passwordIds: "[1,2]", supersededAt: text }).supersededAt).toEqual(
        {},
      );
    }
    expect(() => readPasswordRing({ passwordIds: "[]", supersededAt: "{}" })).toThrow();
  });

  it("never drops a password while a seal it made can still be valid", () => {
    // Rotations at increasing real times; a seal made at any instant with the password current
    // then, living `ttl` ≤ LIFE; the ring judged at any later instant.
    const gaps = fc.array(fc.integer({ min: 0, max: 3 * LIFE }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        gaps,
        fc.integer({ min: 0, max: 40 * LIFE }),
        fc.integer({ min: 1, max: LIFE }),
        fc.integer({ min: 0, max: LIFE }),
        (gapList, sealedAt, ttl, later) => {
          let ring: PasswordRing = { ids: [1], supersededAt: {} };
          let now = 0;
          let sealedWith = currentPasswordId(ring);
          for (const gap of gapList) {
            if (now <= sealedAt && sealedAt < now + gap) sealedWith = currentPasswordId(ring);
            now += gap;
            ring = liveRing(rotatedRing(ring, now), now, LIFE);
          }
          if (sealedAt >= now) sealedWith = currentPasswordId(ring);
          const judgedAt = Math.max(now, sealedAt) + later;
          if (judgedAt < sealedAt + ttl) {
            expect(liveRing(ring, judgedAt, LIFE).ids).toContain(sealedWith);
          }
          // And the ring never holds more than the passwords superseded within one life.
          const kept = liveRing(ring, now, LIFE).ids.filter((id) => id !== currentPasswordId(ring));
          for (const id of kept) expect(now - ring.supersededAt[id]!).toBeLessThan(LIFE);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
