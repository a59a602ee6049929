// What the HTTP benchmark loads, and the target each path is held to (÷ the baseline's req/s).
// A path may also be held to a target against another path of the same server (`relativeTo`):
// the inspected request against the same request uninspected. `requests` replaces a fixed
// request with autocannon's per-request hooks (DPoP: a fresh proof each time).
import { dpopRequests } from "./http-bench-dpop.mjs";

/** Every ratio is against the bare app behind a pass-through proxy with the lab's matcher. */
export const BASELINE = "bare-proxy";

const cookie = (value) => (value ? { cookie: value } : {});

export const PATHS = [
  {
    id: "bare",
    label: "bare route handler, no proxy",
    server: "bare",
    path: "/api/ping",
    headers: () => ({}),
  },
  {
    id: "bare-proxy",
    label: "bare route + pass-through proxy",
    server: "bareProxy",
    path: "/api/ping",
    headers: () => ({}),
  },
  {
    id: "bare-custom",
    label: "bare + proxy, behind a custom server",
    server: "bareCustom",
    path: "/api/ping",
    headers: () => ({}),
  },
  {
    id: "ping",
    label: "lab /ping (answered in the proxy)",
    server: "lab",
    path: "/ping",
    headers: () => ({}),
  },
  {
    id: "jwks",
    label: "lab /.well-known/jwks.json (public)",
    server: "lab",
    path: "/.well-known/jwks.json",
    headers: () => ({}),
    target: 0.95,
  },
  {
    id: "session",
    label: "lab /api/session/me (cookie)",
    server: "lab",
    path: "/api/session/me",
    headers: (c) => cookie(c.session),
    target: 0.9,
  },
  {
    id: "sealed",
    label: "lab /api/sealed/me (sealed cookie)",
    server: "lab",
    path: "/api/sealed/me",
    headers: (c) => cookie(c.sealed),
    target: 0.9,
  },
  {
    id: "jwt-cookie",
    label: "lab /api/jwt/me (cookie)",
    server: "lab",
    path: "/api/jwt/me",
    headers: (c) => cookie(c.jwt),
    target: 0.9,
  },
  {
    id: "jwt-bearer",
    label: "lab /api/jwt/me (Bearer)",
    server: "lab",
    path: "/api/jwt/me",
    headers: (c) => ({ authorization: `Bearer ${c.bearer}` }),
    target: 0.9,
  },
  {
    id: "jwt-dpop",
    label: "lab /api/jwt/me (DPoP, a fresh proof each)",
    server: "lab",
    path: "/api/jwt/me",
    headers: () => ({}),
    requests: (c, url) => dpopRequests(c.dpop.client, url, c.dpop.token),
    target: 0.9,
  },
  {
    // The backend-for-frontend: the browser's cookie to the BFF, then the BFF's own request to the
    // resource API with the Bearer token it keeps — two requests served for each one measured.
    // No target: the figure is the hop's price, read against the Bearer path beside it.
    id: "jwt-bff",
    label: "lab /api/jwt/bff/me (BFF cookie, then a Bearer hop)",
    server: "lab",
    path: "/api/jwt/bff/me",
    headers: (c) => cookie(c.bff),
    relativeTo: "jwt-bearer",
    relativeLabel: "the same user, Bearer straight to the API",
  },
  {
    id: "session-inspected",
    label: "lab /api/session/me (cookie, inspected)",
    server: "lab",
    path: "/api/session/me",
    headers: (c) => cookie([c.session, c.inspector].filter(Boolean).join("; ")),
    relativeTo: "session",
    relativeTarget: 0.85,
  },
];

/**
 * The paths `BENCH_PATHS` (ids, comma-separated) asks for, with what their ratios need: the
 * baseline and any path one is held against. All of them when it is unset.
 */
export function selectPaths(wanted = process.env.BENCH_PATHS) {
  if (!wanted) return PATHS;
  const ids = new Set(
    wanted
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean),
  );
  const unknown = [...ids].filter((id) => !PATHS.some((p) => p.id === id));
  if (unknown.length > 0)
    throw new Error(
      `BENCH_PATHS: unknown ${unknown.join(", ")} (known: ${PATHS.map((p) => p.id)})`,
    );
  ids.add(BASELINE);
  for (const p of PATHS) if (ids.has(p.id) && p.relativeTo) ids.add(p.relativeTo);
  return PATHS.filter((p) => ids.has(p.id));
}
