import type { Claim } from "../claim";

/**
 * What a cookie is, before any login: stored and sent back by the browser, and only a transport
 * for a credential.
 */
export const COOKIE_AND_HTTP_CLAIMS: readonly Claim[] = [
  { id: "C01", topic: "cookiesAndHttp", shownAt: "/session/login" },
  { id: "C02", topic: "cookiesAndHttp", shownAt: "/session" },
  { id: "C03", topic: "cookiesAndHttp", shownAt: "/session" },
  { id: "C04", topic: "cookiesAndHttp", shownAt: "/" },
  { id: "C05", topic: "cookiesAndHttp", shownAt: "/jwt/bearer" },
];
