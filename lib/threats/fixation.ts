import "server-only";
import { cookies } from "next/headers";
import { getSessionAuth } from "@/lib/auth/dal";
import { readSessionCookie } from "@/lib/auth/credentials";
import { setSessionCookie } from "@/lib/auth/cookies";
import { parseSessionCookie } from "@/lib/auth/session/tokens";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { fingerprint } from "@/lib/inspect/fingerprint";
import { newOpaqueToken } from "@/ground/tokens";

/**
 * Session fixation, tried for real (/threats/session): an "attacker" plants a session cookie of
 * their choosing in this browser before the victim logs in. A vulnerable server would adopt it at
 * login, and the attacker, who knows it, would be logged in too. This app never adopts one: a
 * login always issues a fresh token (lib/auth/session/tokens.ts startSession).
 */

/** Plants a token-shaped value the attacker knows as this browser's session cookie. */
export async function plantSessionCookie(): Promise<string> {
  const planted = newOpaqueToken();
  await setSessionCookie(planted);
  return planted;
}

export interface FixationView {
  planted: { fingerprint: string; lookup: string };
  cookie: { fingerprint: string | null; sameAsPlanted: boolean; user: string | null };
}

/** What became of the planted value, and what this browser's session cookie is now. */
export async function judgeFixation(planted: string): Promise<FixationView | null> {
  if (!parseSessionCookie(planted).ok) return null;
  // Judged as the attacker would use it; a read only (no sliding, no purge).
  const lookup = await validateSessionToken(planted, Date.now(), Date.now(), { slide: false });
  const current = readSessionCookie(await cookies());
  const auth = await getSessionAuth();
  return {
    planted: { fingerprint: fingerprint(planted), lookup: lookup.ok ? "valid" : lookup.reason },
    cookie: {
      fingerprint: current === null ? null : fingerprint(current),
      sameAsPlanted: current === planted,
      user: auth.ok ? auth.user.displayName : null,
    },
  };
}
