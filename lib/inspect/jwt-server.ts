import "server-only";
import { decodeJwt } from "jose";
import { countDenylist } from "@/db/queries/jwt";
import { findUserById } from "@/db/queries/users";
import { getJwtSettings, type JwtSettings } from "@/lib/auth/jwt-settings";
import { describeSigningKeys } from "@/lib/auth/keys";
import { describeRefreshFamily, type FamilyGeneration } from "@/lib/auth/refresh";

/**
 * What the server keeps for the JWT area, as the inspector shows it: the settings, the signing
 * keys (public facts), the deny-list size, this token's refresh family, and — for C27 — the
 * user's role as the database says it now, next to the role the token claims. Read here, for the
 * panel; the JWT request path itself reads none of it (except the revocation lookup, if on).
 */

export interface JwtServerView {
  settings: JwtSettings;
  keys: Array<{ kid: string; alg: string; status: string }>;
  denylistSize: number;
  family: {
    id: string;
    generations: FamilyGeneration[];
    revokedReason: string | null;
    expiresAt: number;
  } | null;
  /** The token's role claim and the database's role now; they differ after a role change. */
  role: { claimed: string; live: string | null } | null;
}

function claimsOf(token: string | null): Record<string, unknown> | null {
  if (token === null || token.split(".").length !== 3) return null; // a JWE is opaque here
  try {
    return decodeJwt(token);
  } catch {
    return null;
  }
}

export async function jwtServerView(token: string | null, judgeAt: number): Promise<JwtServerView> {
  const claims = claimsOf(token);
  const familyId = typeof claims?.fid === "string" ? claims.fid : null;
  const family = familyId === null ? null : describeRefreshFamily(familyId, judgeAt);
  const userId = Number(claims?.sub);
  const live = Number.isInteger(userId) && userId > 0 ? findUserById(userId) : null;
  return {
    settings: getJwtSettings(),
    keys: (await describeSigningKeys()).map(({ kid, alg, status }) => ({ kid, alg, status })),
    denylistSize: countDenylist(),
    family: family === null || familyId === null ? null : { id: familyId, ...family },
    role:
      typeof claims?.role === "string" ? { claimed: claims.role, live: live?.role ?? null } : null,
  };
}
