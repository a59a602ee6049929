// What the HTTP benchmark loads, and the target each path is held to (÷ the baseline's req/s).

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
    id: "session-inspected",
    label: "lab /api/session/me (cookie, inspected)",
    server: "lab",
    path: "/api/session/me",
    headers: (c) => cookie([c.session, c.inspector].filter(Boolean).join("; ")),
  },
];
