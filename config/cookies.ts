import "server-only";
import { config } from "@/config/settings";

// Every cookie the app sets, defined once: names and attributes for every place that sets or
// clears one (a clearing cookie must repeat the attributes, or the browser keeps the original).

const { secure } = config;

const cookieBase = {
  httpOnly: true,
  sameSite: "lax",
  secure,
  // "/" because each credential is read by its area's pages and its API (two different prefixes)
  // and a cookie has a single Path; it is also what the __Host- prefix demands.
  path: "/",
} as const;

const hostPrefix = secure ? "__Host-" : "";

/** Cookie names and attributes, defined once for every place that sets or clears a cookie. */
export const cookieSettings = {
  session: {
    name: `${hostPrefix}lab_session`,
    options: { ...cookieBase, maxAge: config.session.absoluteTtlSeconds },
  },
  // The sealed-cookie session: the whole session, sealed by iron-session. Its Max-Age is the
  // seal's ttl less 60 s, as iron-session sets it.
  sealedSession: {
    name: `${hostPrefix}lab_sealed`,
    options: { ...cookieBase, maxAge: config.sealed.cookieMaxAgeSeconds },
  },
  // The server-side session's cookie cache: a short-lived sealed copy of the last lookup,
  // so the next requests within N seconds skip the store. Its maxAge is N, set with each value.
  sessionCache: {
    name: `${hostPrefix}lab_session_cache`,
    options: { ...cookieBase },
  },
  accessToken: {
    name: `${hostPrefix}lab_jwt`,
    // maxAge is the token's own lifetime, set with each token (lib/auth/cookies.ts).
    options: { ...cookieBase },
  },
  // The refresh token goes back only to the JWT API — where it is rotated and where logout ends
  // its family, even once the access token is gone — never to pages, and never cross-site. (No
  // __Host- prefix: it requires Path=/. Renamed from `lab_refresh` when its path widened from
  // /api/jwt/refresh, so an old cookie of the narrower path cannot shadow the new one.)
  refreshToken: {
    name: `${secure ? "__Secure-" : ""}lab_refresh_token`,
    options: {
      httpOnly: true,
      sameSite: "strict",
      secure,
      path: "/api/jwt",
      maxAge: config.jwt.refreshAbsoluteTtlSeconds,
    },
  },
  // The backend-for-frontend's session (lib/auth/bff): the one credential of the BFF lane's
  // browser — an opaque token naming a row that holds the JWTs server-side. SameSite=Strict: never
  // sent cross-site. __Host- over HTTPS (so Path=/): a sibling subdomain cannot plant one of its
  // own (cookie tossing), which a narrower Path with __Secure- would allow.
  bffSession: {
    name: `${hostPrefix}lab_bff`,
    options: {
      httpOnly: true,
      sameSite: "strict",
      secure,
      path: "/",
      maxAge: config.jwt.refreshAbsoluteTtlSeconds,
    },
  },
  // A known device of the accounts this browser logged in to (lib/auth/login/device-cookie.ts): not a
  // credential, only a login-throttle budget of its own.
  device: {
    name: `${hostPrefix}lab_device`,
    options: { ...cookieBase, maxAge: config.loginThrottle.deviceTtlSeconds },
  },
  // Groups this browser's requests for the inspector. Random, and not a credential: it grants
  // nothing but a view of the requests this same browser made.
  inspector: {
    name: "lab_inspector",
    options: { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 24 * 60 * 60 },
  },
  // The fast-forward clock's offset (seconds). Not a credential: it can only make this browser's
  // own credentials look older, never younger.
  clock: {
    name: "lab_clock",
    options: { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 24 * 60 * 60 },
  },
  // A preference, not a credential: page scripts may read it, which is the point of showing it.
  mode: {
    name: "lab_mode",
    options: { httpOnly: false, sameSite: "lax", secure, path: "/", maxAge: 365 * 24 * 60 * 60 },
  },
  // The visitor's lab on a hosted instance (lib/auth/visitor-lab): its id and a MAC. Not a
  // credential — it grants nothing but a room to log in to — yet every credential is valid only
  // beside it. Outlives the lab's idle limit; a deleted lab's cookie is simply cleared.
  visitorLab: {
    name: `${hostPrefix}lab_id`,
    options: { ...cookieBase, maxAge: 30 * 24 * 60 * 60 },
  },
  // The compare view's throw-away account, signed: the one account its "change this user" steps
  // may act on (never a demo user all share). Not a credential: it names an account whose own
  // login cookies this browser already holds.
  labAccount: {
    name: `${hostPrefix}lab_compare_account`,
    options: { ...cookieBase, maxAge: 2 * 60 * 60 },
  },
  // The theme (light, dark; absent: follow the system). A preference, readable by scripts.
  theme: {
    name: "lab_theme",
    options: { httpOnly: false, sameSite: "lax", secure, path: "/", maxAge: 365 * 24 * 60 * 60 },
  },
  // The site's language (en, ko; absent: Accept-Language decides). The inspector's example of a
  // cookie that is no credential (C04): a plain preference, readable by scripts.
  language: {
    name: "lab_lang",
    options: { httpOnly: false, sameSite: "lax", secure, path: "/", maxAge: 365 * 24 * 60 * 60 },
  },
  // The guided tour's step, so it can be left and resumed (a preference too: set by the proxy on
  // each step's page, so it works without JavaScript).
  tour: {
    name: "lab_tour",
    options: { httpOnly: false, sameSite: "lax", secure, path: "/", maxAge: 30 * 24 * 60 * 60 },
  },
  // The CSRF lab's toy bank (C31): one account, one cookie per SameSite value, so a cross-site
  // form shows which of them the browser attaches. SameSite=None is only accepted with Secure,
  // which browsers allow on http://localhost and 127.0.0.1 (loopback counts as secure).
  csrfLab: {
    none: { name: "lab_csrf_none", options: csrfLabCookie("none", true) },
    lax: { name: "lab_csrf_lax", options: csrfLabCookie("lax", secure) },
    strict: { name: "lab_csrf_strict", options: csrfLabCookie("strict", secure) },
  },
  // The XSS lab's toy session (its victim page, under the twin name): HttpOnly like a real one,
  // so the injected script cannot read it — and can still use it. A toy: it opens nothing else.
  xssLab: {
    name: "lab_xss_toy",
    options: {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/api/threats/xss",
      maxAge: 60 * 60,
    },
  },
  // The XSS lab's toy backend-for-frontend: the page holds only this cookie; the toy token stays
  // on the server (lib/threats/xss-toy.ts).
  xssLabBff: {
    name: "lab_xss_toy_bff",
    options: {
      httpOnly: true,
      sameSite: "strict",
      secure,
      path: "/api/threats/xss",
      maxAge: 60 * 60,
    },
  },
  // The HTTPS lab's two test cookies (C33): alike but for Secure. Not credentials — their values
  // are shown on purpose, as a network observer would see them.
  httpsLab: {
    secure: { name: "lab_https_secure", options: httpsLabCookie(true) },
    plain: { name: "lab_https_plain", options: httpsLabCookie(false) },
  },
} as const;

function httpsLabCookie(secureFlag: boolean) {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: secureFlag,
    path: "/",
    maxAge: 60 * 60,
  } as const;
}

function csrfLabCookie<S extends "none" | "lax" | "strict">(sameSite: S, secureFlag: boolean) {
  return {
    httpOnly: true,
    sameSite,
    secure: secureFlag,
    path: "/api/threats/csrf",
    maxAge: config.threats.csrfAccountTtlSeconds,
  } as const;
}
