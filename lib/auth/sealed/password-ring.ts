/**
 * The seal password ring as data, with no clock or database of its own: which ids unseal, and
 * since when each previous one stopped sealing. A rotation adds an id and dates the one it
 * supersedes; a previous password is dropped once no seal it made can still be valid — it stopped
 * sealing at `supersededAt`, and nothing sealed lives longer than `maxLifeMs` — so the ring holds
 * only the passwords still needed, however often it is rotated.
 *
 * `now` is always the real clock. The lab's fast-forward clock moves one browser's judging time
 * only forward (lib/auth/clock.ts): it makes seals expire sooner for that browser, never later, so the
 * real clock bounds every seal's life — and one visitor's moved clock must not drop a password
 * that another visitor's cookie still needs.
 */

export interface PasswordRing {
  /** Oldest first. The newest seals; every listed one still unseals. */
  ids: number[];
  /** Previous id → when it stopped sealing (epoch ms). The newest has no entry. */
  supersededAt: Record<number, number>;
}

// Written only by ./settings.ts; a hand-edited row that breaks it stops the server with a message
// rather than sealing with no password at all.
function parseIds(text: string): number[] {
  let ids: unknown;
  try {
    ids = JSON.parse(text);
  } catch {
    ids = null;
  }
  const valid =
    Array.isArray(ids) && ids.length > 0 && ids.every((id) => Number.isSafeInteger(id) && id > 0);
  if (!valid) {
    throw new Error("seal_settings.password_ids must be a non-empty JSON array of positive ids.");
  }
  return ids as number[];
}

// Lenient: an entry it cannot read is left out, which keeps that password (never drops it early).
function parseSupersededAt(text: string, ids: number[]): Record<number, number> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== "object" || raw === null) return {};
  const entries = Object.entries(raw as Record<string, unknown>).filter(
    ([id, at]) => ids.includes(Number(id)) && Number.isSafeInteger(at),
  );
  return Object.fromEntries(entries) as Record<number, number>;
}

/** The ring a `seal_settings` row stores (its two JSON columns). */
export function readPasswordRing(row: { passwordIds: string; supersededAt: string }): PasswordRing {
  const ids = parseIds(row.passwordIds);
  return { ids, supersededAt: parseSupersededAt(row.supersededAt, ids) };
}

/** The id that seals. */
export function currentPasswordId(ring: PasswordRing): number {
  return Math.max(...ring.ids);
}

/** A new newest password; the one it replaces stops sealing now, and still unseals. */
export function rotatedRing(ring: PasswordRing, now: number): PasswordRing {
  const current = currentPasswordId(ring);
  return {
    ids: [...ring.ids, current + 1],
    supersededAt: { ...ring.supersededAt, [current]: now },
  };
}

/** The ring without `id` (an admin's removal: its seals stop unsealing at once). */
export function ringWithout(ring: PasswordRing, id: number): PasswordRing {
  const supersededAt = { ...ring.supersededAt };
  delete supersededAt[id];
  return { ids: ring.ids.filter((kept) => kept !== id), supersededAt };
}

/** When a previous password can be dropped: no seal it made is valid after this instant. */
function dropAt(ring: PasswordRing, id: number, maxLifeMs: number): number {
  // A previous id with no date (a row edited by hand) is dated never: kept, not guessed at.
  const since = ring.supersededAt[id];
  return since === undefined ? Infinity : since + maxLifeMs;
}

/** The ring at `now`: the previous passwords whose every seal has expired are gone. */
export function liveRing(ring: PasswordRing, now: number, maxLifeMs: number): PasswordRing {
  const current = currentPasswordId(ring);
  const dropped = ring.ids.filter((id) => id !== current && dropAt(ring, id, maxLifeMs) <= now);
  return dropped.reduce(ringWithout, ring);
}

/** The next instant liveRing would drop something (Infinity when nothing is due). */
export function nextDropAt(ring: PasswordRing, maxLifeMs: number): number {
  const current = currentPasswordId(ring);
  const times = ring.ids.filter((id) => id !== current).map((id) => dropAt(ring, id, maxLifeMs));
  return Math.min(Infinity, ...times);
}
