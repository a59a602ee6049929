import "server-only";
import { checkJwtCredential } from "@/lib/auth/check/jwt";
import { checkSealedCredential } from "@/lib/auth/check/sealed";
import { peekAtSession } from "@/lib/auth/check/session";
import type { AuthArea } from "@/config/types";
import type { CookieList, HeaderReader } from "@/ground/readers";

/**
 * Who this browser is logged in as, per area, for the site header. Asked by the header after the
 * page has loaded — not by every page's render — so a page's own trace keeps the cost of its own
 * checks only (the lesson the inspector teaches). Judged by the DAL's own checks, never slid.
 */

export interface AreaLogin {
  /** The display name (a JWT carries no username: only what was signed into it). */
  name: string;
  role: "user" | "admin";
}

export type WhoAmI = Record<AuthArea, AreaLogin | null>;

export async function whoAmI(cookies: CookieList, headers: HeaderReader): Promise<WhoAmI> {
  const [session, sealed, jwt] = await Promise.all([
    peekAtSession(cookies),
    checkSealedCredential(cookies),
    checkJwtCredential(cookies, headers),
  ]);
  return {
    session: session.ok ? { name: session.user.displayName, role: session.user.role } : null,
    sealed: sealed.ok ? { name: sealed.data.name, role: sealed.data.role } : null,
    jwt: jwt.ok ? { name: jwt.claims.name, role: jwt.claims.role } : null,
  };
}
