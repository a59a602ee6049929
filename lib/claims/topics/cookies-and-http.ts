import type { Claim } from "../claim";

/**
 * What a cookie is, before any login: stored and sent back by the browser, and only a transport
 * for a credential.
 */
export const COOKIE_AND_HTTP_CLAIMS: readonly Claim[] = [
  {
    id: "C01",
    topic: "Cookies and HTTP",
    sentence:
      "HTTP is stateless: without a credential, the same request twice gets the same anonymous answer.",
    shownAt: "/session/login",
  },
  {
    id: "C02",
    topic: "Cookies and HTTP",
    sentence:
      "A cookie is stored by the browser and sent back automatically on every request to its site.",
    shownAt: "/session",
  },
  {
    id: "C03",
    topic: "Cookies and HTTP",
    sentence:
      "A cookie is scoped (domain/path) and expires (Max-Age/Expires); attributes are shown as set.",
    shownAt: "/session",
  },
  {
    id: "C04",
    topic: "Cookies and HTTP",
    sentence:
      "Cookies carry non-auth state too: a language (or theme) preference survives reloads.",
    shownAt: "/",
  },
  {
    id: "C05",
    topic: "Cookies and HTTP",
    sentence:
      "Cookies are only a transport: the same session id or JWT works from a header in a native-app style client (no cookie jar).",
    shownAt: "/jwt/bearer",
  },
];
