import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every route, server action and page reaches a sensitive effect — granting privilege, ending
 * someone's credentials, changing keys — only through an operation that demands a fresh
 * authentication (lib/accounts/admin.ts, lib/accounts/self-service.ts, lib/auth/jwt/admin.ts, lib/lab/server-restart.ts,
 * each asserting a proof minted by lib/auth/step-up/step-up.ts). So app/ may not import the raw effects:
 * a new path that tried would fail here, and one that calls the guarded operation cannot compile
 * without a proof.
 */
const RAW_EFFECTS: Record<string, string[]> = {
  "@/lib/auth/session/revocation": ["revokeUserSessions", "revokeOtherSessions"],
  "@/lib/auth/session/devices": ["findSessionByHandle"],
  "@/db/queries/users": ["updateUser", "deleteUser"],
  "@/db/queries/sessions": ["deleteUserSessions", "deleteOtherUserSessions", "deleteSession"],
  "@/db/queries/refresh-tokens": ["revokeUserRefreshFamilies", "revokeOtherRefreshFamilies"],
  "@/lib/auth/jwt/keys": ["rotateSigningKey", "retireKey"],
  "@/lib/auth/jwt/settings": ["updateJwtSettings"],
  "@/lib/auth/jwt/refresh-revocation": ["revokeOtherRefreshTokens", "revokeUserRefreshTokens"],
  "@/lib/auth/jwt/revocation": ["revokeUserAccessTokens"],
  "@/lib/auth/sealed/settings": [
    "rotateSealPassword",
    "retireSealPassword",
    "setCookieCacheSeconds",
  ],
};

function appFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function rawImports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  return [...source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"([^"]+)"/g)].flatMap(
    ([, names, from]) =>
      names!
        .split(",")
        .map((name) => name.trim().split(/\s+as\s+/)[0]!)
        .filter((name) => RAW_EFFECTS[from!]?.includes(name))
        .map((name) => `${file}: ${name} from ${from}`),
  );
}

describe("sensitive effects are reached only through step-up", () => {
  it("no route, action or page imports a raw sensitive effect", () => {
    expect(appFiles("app").flatMap(rawImports)).toEqual([]);
  });

  it("nor calls the session store's bulk deletions itself", () => {
    const direct = appFiles("app").filter((file) =>
      /\.(deleteForUser|deleteOthers)\(/.test(fs.readFileSync(file, "utf8")),
    );
    expect(direct).toEqual([]);
  });
});
