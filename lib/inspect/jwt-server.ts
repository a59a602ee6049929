import "server-only";
import { decodeJwt } from "jose";
import { findRefreshFamily } from "@/db/queries/refresh-tokens";
import { findUserById } from "@/db/queries/users";
import type { RefreshTokenRow } from "@/db/schema";
import { jwtAdminOverview } from "@/lib/auth/jwt/admin";

/**
 * What the server keeps for the JWT area, as the inspector shows it: the settings, the signing
 * keys (public facts), the deny-list size, this token's refresh family, and — for C27 — the
 * user's role as the database says it now, next to the role the token claims. Read here, for the
 * panel; the JWT request path itself reads none of it (except the revocation lookup, if on).
 */

export interface FamilyGeneration {
  generation: number;
  createdAt: number;
  usedAt: number | null;
  state: "live" | "used" | "revoked" | "expired";
}

export interface RefreshFamilyView {
  id: string;
  generations: FamilyGeneration[];
  revokedReason: string | null;
  expiresAt: number;
}

export type JwtServerView = Omit<Awaited<ReturnType<typeof jwtAdminOverview>>, "keys"> & {
  keys: Array<{ kid: string; alg: string; status: string }>;
  family: RefreshFamilyView | null;
  /** The token's role claim and the database's role now; they differ after a role change. */
  role: { claimed: string; live: string | null } | null;
};

function stateOf(row: RefreshTokenRow, judgeAt: number): FamilyGeneration["state"] {
  if (row.revokedAt !== null) return "revoked";
  if (row.usedAt !== null) return "used";
  return judgeAt >= row.expiresAt.getTime() ? "expired" : "live";
}

/** A family: its generations, which were used, which is live. */
export async function describeRefreshFamily(
  familyId: string,
  judgeAt = Date.now(),
): Promise<RefreshFamilyView | null> {
  const rows = await findRefreshFamily(familyId);
  if (rows.length === 0) return null;
  return {
    id: familyId,
    generations: rows.map((row) => ({
      generation: row.generation,
      createdAt: row.createdAt.getTime(),
      usedAt: row.usedAt?.getTime() ?? null,
      state: stateOf(row, judgeAt),
    })),
    revokedReason: rows.find((row) => row.revokedReason !== null)?.revokedReason ?? null,
    expiresAt: rows[0]!.familyExpiresAt.getTime(),
  };
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
  const { settings, keys, denylistSize } = await jwtAdminOverview();
  const userId = Number(claims?.sub);
  const live = Number.isInteger(userId) && userId > 0 ? await findUserById(userId) : null;
  return {
    settings,
    keys: keys.map(({ kid, alg, status }) => ({ kid, alg, status })),
    denylistSize,
    family:
      typeof claims?.fid === "string" ? await describeRefreshFamily(claims.fid, judgeAt) : null,
    role:
      typeof claims?.role === "string" ? { claimed: claims.role, live: live?.role ?? null } : null,
  };
}
