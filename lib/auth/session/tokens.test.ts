import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, getQueryCount } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { config } from "@/config";
import { makeUser } from "@/lib/test/fixtures";
import { hashSessionToken, parseSessionCookie } from "@/lib/auth/session/tokens";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { revokeSession } from "@/lib/auth/session/revocation";
import { createSession } from "@/lib/test/fixtures";

const meta = { userAgent: "vitest", ip: "127.0.0.1" };
const MINUTE = 60_000;

describe("createSession", () => {
  it("stores only the SHA-256 of a 256-bit random token", async () => {
    const user = await makeUser();
    const { token, session } = await createSession(user.id, meta);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(session.id).toBe(hashSessionToken(token));
    expect(session.id).toMatch(/^[0-9a-f]{64}$/);
    const rows = await getDb().select().from(sessions);
    expect(rows.some((row) => row.id === token)).toBe(false);
    expect(rows.some((row) => row.id === session.id)).toBe(true);
  });

  it("gives every login a different token", async () => {
    const user = await makeUser();
    const created = await Promise.all(
      Array.from({ length: 20 }, () => createSession(user.id, meta)),
    );
    const tokens = new Set(created.map((c) => c.token));
    expect(tokens.size).toBe(20);
  });
});

describe("validateSessionToken", () => {
  it("finds the session and its user with exactly one query", async () => {
    const user = await makeUser({ displayName: "Carol" });
    const { token } = await createSession(user.id, meta);
    const before = getQueryCount();
    const result = await validateSessionToken(token);
    expect(getQueryCount() - before).toBe(1);
    expect(result.ok && result.user).toEqual({
      id: user.id,
      username: user.username,
      displayName: "Carol",
      role: "user",
    });
  });

  it("rejects an unknown token", async () => {
    expect(await validateSessionToken("not-a-real-token")).toEqual({
      ok: false,
      reason: "session_not_found",
    });
  });

  it("expires after the idle timeout and deletes the record", async () => {
    const user = await makeUser();
    const now = Date.now();
    const { token } = await createSession(user.id, meta, now);
    const later = now + config.session.idleTtlSeconds * 1000;
    expect(await validateSessionToken(token, later)).toEqual({
      ok: false,
      reason: "session_idle_expired",
    });
    expect(await validateSessionToken(token, now)).toEqual({
      ok: false,
      reason: "session_not_found",
    });
  });

  it("slides the idle expiry on activity, writing last_seen at most once a minute", async () => {
    const user = await makeUser();
    const now = Date.now();
    const { token } = await createSession(user.id, meta, now);
    const before = getQueryCount();
    await validateSessionToken(token, now + 10_000);
    expect(getQueryCount() - before).toBe(1); // within the minute: read only
    const active = await validateSessionToken(token, now + 20 * MINUTE);
    expect(active.ok).toBe(true);
    // Without the slide this would be past the 30-minute idle timeout.
    const stillActive = await validateSessionToken(token, now + 45 * MINUTE);
    expect(stillActive.ok && stillActive.session.lastSeenAt.getTime()).toBe(now + 45 * MINUTE);
  });

  it("expires at the absolute lifetime even when active", async () => {
    const user = await makeUser();
    const now = Date.now();
    const { token, session } = await createSession(user.id, meta, now);
    let t = now;
    while (t + 20 * MINUTE < session.expiresAt.getTime()) {
      t += 20 * MINUTE;
      expect((await validateSessionToken(token, t)).ok).toBe(true);
    }
    const result = await validateSessionToken(token, session.expiresAt.getTime());
    expect(result).toEqual({ ok: false, reason: "session_expired" });
  });

  it("sees a role change on the next validation", async () => {
    const user = await makeUser();
    const { token } = await createSession(user.id, meta);
    await getDb().update(users).set({ role: "admin" }).where(eq(users.id, user.id));
    const result = await validateSessionToken(token);
    expect(result.ok && result.user.role).toBe("admin");
  });
});

describe("revokeSession", () => {
  it("makes the token worthless at once", async () => {
    const user = await makeUser();
    const { token, session } = await createSession(user.id, meta);
    await revokeSession(session.id);
    expect(await validateSessionToken(token)).toEqual({ ok: false, reason: "session_not_found" });
  });
});

describe("the session cookie", () => {
  it("carries the token itself: 43 base64url characters, of which the store keeps only the hash", async () => {
    const user = await makeUser();
    const { token, session } = await createSession(user.id, meta);
    expect(parseSessionCookie(token)).toEqual({ ok: true, token });
    expect(session.id).toBe(hashSessionToken(token));
    expect(session.id).not.toContain(token);
  });

  it("refuses the old iron-session seal with its own reason, before any lookup", async () => {
    const oldSeal = `Fe26.2*1*${"a".repeat(43)}*${"b".repeat(22)}*${"c".repeat(64)}*1790000000000*${"d".repeat(43)}*e~2`;
    expect(parseSessionCookie(oldSeal)).toEqual({ ok: false, reason: "session_cookie_outdated" });
  });

  it("refuses anything not shaped like a token, without throwing", async () => {
    for (const value of [
      "",
      "garbage",
      "*".repeat(43),
      "A".repeat(42),
      "A".repeat(44),
      "\u0000\uffff",
      `${"A".repeat(42)}=`,
    ]) {
      expect(parseSessionCookie(value)).toEqual({ ok: false, reason: "session_token_malformed" });
    }
  });

  it("a well-shaped token the server never issued is simply not found", async () => {
    const forged = "A".repeat(43);
    expect(parseSessionCookie(forged).ok).toBe(true);
    expect(await validateSessionToken(forged)).toEqual({ ok: false, reason: "session_not_found" });
  });
});
