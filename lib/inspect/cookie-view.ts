import { cookieSettings } from "@/config";
import type { CookieList } from "@/ground/readers";
import { fingerprint } from "@/lib/inspect/fingerprint";

/**
 * The inspector's view of the cookies a browser holds: each one's role in the lab and its
 * attributes as this server sets them — names, sizes and a short fingerprint, never a value.
 */

export interface CookieView {
  name: string;
  bytes: number;
  fingerprint: string;
  role:
    | "session credential"
    | "sealed session credential"
    | "session cookie cache"
    | "JWT credential"
    | "BFF session credential"
    | "preference"
    | "inspector"
    | "lab test cookie"
    | "known device (login throttle)"
    | "unknown";
  /** As this server sets it; null for cookies it did not set. */
  attributes: {
    httpOnly: boolean;
    secure: boolean;
    sameSite: string;
    path: string;
    /** null: set per credential (the access token's cookie lives exactly as long as the token). */
    maxAge: number | null;
  } | null;
}

const ROLES = new Map<string, { role: CookieView["role"]; settings: { options: object } }>([
  [cookieSettings.session.name, { role: "session credential", settings: cookieSettings.session }],
  [
    cookieSettings.sealedSession.name,
    { role: "sealed session credential", settings: cookieSettings.sealedSession },
  ],
  [
    cookieSettings.sessionCache.name,
    { role: "session cookie cache", settings: cookieSettings.sessionCache },
  ],
  [
    cookieSettings.accessToken.name,
    { role: "JWT credential", settings: cookieSettings.accessToken },
  ],
  [
    cookieSettings.bffSession.name,
    { role: "BFF session credential", settings: cookieSettings.bffSession },
  ],
  [cookieSettings.mode.name, { role: "preference", settings: cookieSettings.mode }],
  [cookieSettings.inspector.name, { role: "inspector", settings: cookieSettings.inspector }],
  [cookieSettings.clock.name, { role: "preference", settings: cookieSettings.clock }],
  [cookieSettings.tour.name, { role: "preference", settings: cookieSettings.tour }],
  [cookieSettings.theme.name, { role: "preference", settings: cookieSettings.theme }],
  [cookieSettings.language.name, { role: "preference", settings: cookieSettings.language }],
  // Not a credential: it earns this browser its own login-throttle budget for those accounts.
  [
    cookieSettings.device.name,
    { role: "known device (login throttle)", settings: cookieSettings.device },
  ],
  ...Object.values(cookieSettings.httpsLab).map(
    (settings) => [settings.name, { role: "lab test cookie" as const, settings }] as const,
  ),
]);

/** Every cookie this browser sent, by name, size and fingerprint — never its value. */
export function cookieViews(cookies: CookieList): CookieView[] {
  return cookies.getAll().map(({ name, value }) => {
    const known = ROLES.get(name);
    const options = known?.settings.options as CookieView["attributes"] | undefined;
    return {
      name,
      bytes: Buffer.byteLength(value),
      fingerprint: fingerprint(value),
      role: known?.role ?? "unknown",
      attributes: options
        ? {
            httpOnly: options.httpOnly,
            secure: options.secure,
            sameSite: options.sameSite,
            path: options.path,
            maxAge: options.maxAge ?? null,
          }
        : null,
    };
  });
}
