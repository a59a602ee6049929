import {
  dpopFetch,
  forgetDpopKey,
  forgetDpopTokens,
  storeDpopTokens,
  storedDpopTokens,
  type DpopCall,
  type DpopKey,
} from "@/lib/dpop/client";
import { announceRefresh, withRefreshLock } from "@/lib/ui/tab-refresh";

/**
 * The DPoP dashboard's calls to the JWT API, each with a fresh proof: who am I, renew, log out.
 * Browser-only (imported by the page's client components).
 */

export interface Me {
  user: { id: number; displayName: string; role: string };
  claims: Record<string, unknown> & { cnf?: { jkt: string }; auth_time?: number };
}

/** Why no one is logged in here (the page says it in the reader's language). */
export type DpopWhy =
  { key: "noToken" } | { key: "answered"; status: number } | { key: "loggedOut" };

export type DpopStatus =
  | { kind: "loading" }
  | { kind: "anonymous"; why: DpopWhy }
  | { kind: "ok"; me: Me; proof: string; generation: number | null };

interface RefreshAnswer {
  accessToken?: string;
  refreshToken?: string;
  generation?: number;
  error?: string;
  message?: string;
}

/** Renews the pair with the stored refresh token and a proof by `key` (this browser's by default). */
export async function refreshDpop(
  key?: DpopKey,
): Promise<{ status: number; answer: RefreshAnswer }> {
  const refreshToken = storedDpopTokens()?.refreshToken;
  if (!refreshToken) return { status: 0, answer: { error: "no_refresh_token" } };
  const { response } = await dpopFetch("/api/jwt/refresh", {
    method: "POST",
    body: { refreshToken },
    key,
  });
  const answer = (await response.json().catch(() => ({}))) as RefreshAnswer;
  // Only this browser's own renewal replaces the tokens: a thief's attempt changes nothing here.
  if (response.ok && key === undefined && answer.accessToken && answer.refreshToken) {
    storeDpopTokens(answer.accessToken, answer.refreshToken);
  }
  return { status: response.status, answer };
}

/** GET /api/jwt/me with the stored token and a proof; renews once if the token has expired. */
export async function loadDpopStatus(): Promise<DpopStatus> {
  const stored = storedDpopTokens();
  if (stored === null) return { kind: "anonymous", why: { key: "noToken" } };
  let call: DpopCall = await dpopFetch("/api/jwt/me", { accessToken: stored.accessToken });
  let generation: number | null = null;
  if (call.response.status === 401 && stored.refreshToken) {
    // One tab at a time (lib/ui/tab-refresh.ts): another tab may have renewed meanwhile.
    const renewed = await withRefreshLock(async () => {
      if (storedDpopTokens()?.refreshToken !== stored.refreshToken) return true;
      const answer = await refreshDpop();
      if (answer.status !== 200) return false;
      generation = answer.answer.generation ?? null;
      announceRefresh();
      return true;
    });
    if (renewed) {
      call = await dpopFetch("/api/jwt/me", { accessToken: storedDpopTokens()!.accessToken });
    }
  }
  if (!call.response.ok) {
    return { kind: "anonymous", why: { key: "answered", status: call.response.status } };
  }
  return { kind: "ok", me: (await call.response.json()) as Me, proof: call.proof, generation };
}

/** Ends the refresh family on the server, then forgets the tokens and the key here. */
export async function logOutOfDpop(): Promise<void> {
  const stored = storedDpopTokens();
  if (stored !== null) {
    await dpopFetch("/api/jwt/logout", {
      method: "POST",
      accessToken: stored.accessToken,
      body: stored.refreshToken ? { refreshToken: stored.refreshToken } : {},
    }).catch(() => null);
  }
  forgetDpopTokens();
  await forgetDpopKey();
}
