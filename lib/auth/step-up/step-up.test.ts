import { describe, expect, it } from "vitest";
import { config } from "@/config";
import { freshnessAt, sessionFreshness, tokenFreshness } from "@/lib/auth/step-up/step-up";
import type { AccessTokenClaims } from "@/lib/auth/jwt/tokens";

const MINUTE = 60_000;
const max = config.stepUp.maxAgeSeconds;

describe("fresh authentication (step-up)", () => {
  it("is fresh up to the configured age, and not a second after", () => {
    const t = Date.now();
    expect(freshnessAt(t, t)).toMatchObject({ fresh: true, ageSeconds: 0, maxAgeSeconds: max });
    expect(freshnessAt(t, t + max * 1000).fresh).toBe(true);
    expect(freshnessAt(t, t + max * 1000 + 1000)).toMatchObject({ fresh: false });
  });

  it("a credential that does not say when the password was typed is never fresh", () => {
    expect(freshnessAt(null, Date.now())).toMatchObject({ fresh: false, ageSeconds: null });
    const claims = { iat: 1, exp: 2 } as AccessTokenClaims;
    expect(tokenFreshness(claims, Date.now()).fresh).toBe(false);
  });

  it("a session is as fresh as its creation; a token as its auth_time (not its iat)", () => {
    const t = Date.now();
    expect(sessionFreshness({ createdAt: new Date(t - 3 * MINUTE) }, t)).toMatchObject({
      fresh: true,
      ageSeconds: 180,
    });
    const refreshed = {
      iat: Math.floor(t / 1000),
      auth_time: Math.floor((t - (max + 60) * 1000) / 1000),
    } as AccessTokenClaims;
    expect(tokenFreshness(refreshed, t)).toMatchObject({ fresh: false });
  });
});
