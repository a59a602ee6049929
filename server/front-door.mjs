// The front door, checked by server.mjs before any other work (plain Node with no dependencies:
// it runs before Next.js): which names this server answers to, which request lines it takes.
//
// Why: a loopback-only server is still reachable from any web page through DNS rebinding — the
// attacker's name first resolves to their server, then to 127.0.0.1, and the page's requests
// (same-origin to the browser) arrive here with `Host: attacker.example`. Answering only to our
// own names shuts that door: the browser cannot send another Host header.

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
const WILDCARD_BINDS = new Set(["0.0.0.0", "::", "[::]"]);

/** The hostname part of a Host header, lower-cased, or null when it is not a plain host[:port]. */
export function hostnameOf(host) {
  if (typeof host !== "string") return null;
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (match === null) return null;
  const name = match[1].toLowerCase().replace(/\.$/, "");
  return name === "" ? null : name;
}

/**
 * The set of hostnames to accept: loopback names (and `*.localhost`, which browsers never resolve
 * elsewhere), the bind address unless it is a wildcard, APP_ORIGIN's and LAB_ORIGIN's hosts (the
 * XSS lab's own origin) and ALLOWED_HOSTS (a comma-separated list of names). Throws on a malformed entry, so a typo stops the start-up.
 */
export function allowedHostnames(env) {
  const names = new Set(LOOPBACK);
  const bind = hostnameOf(env.HOST ?? "");
  if (bind !== null && !WILDCARD_BINDS.has(bind)) names.add(bind);
  for (const origin of [env.APP_ORIGIN, env.LAB_ORIGIN]) {
    if (origin) names.add(new URL(origin).hostname.toLowerCase());
  }
  for (const entry of (env.ALLOWED_HOSTS ?? "").split(",")) {
    if (entry.trim() === "") continue;
    const name = hostnameOf(entry);
    if (name === null) throw new Error(`ALLOWED_HOSTS: "${entry.trim()}" is not a host name`);
    names.add(name);
  }
  return names;
}

/** Whether a request's Host header names this server. */
export function isAllowedHost(host, allowed) {
  const name = hostnameOf(host);
  if (name === null) return false;
  return allowed.has(name) || name.endsWith(".localhost");
}

/**
 * Headers only a trusted reverse proxy may set: a client that sends them could make the app
 * believe it was reached under another name (X-Forwarded-Host passes Next.js's server-action
 * origin check when it equals Origin) or over another scheme.
 */
export const PROXY_HEADERS = [
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-forwarded-server",
  "x-forwarded-prefix",
  "x-original-host",
  "x-real-ip",
  "forwarded",
];

export const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * Next.js endpoints this app never uses: the image optimiser fetches whatever URL it is given from
 * this very server (an open door for probes, and a 500 when the answer is not an image). The app
 * draws no optimised image, so the door is closed before Next.js sees the request.
 */
const UNUSED_NEXT_PATHS = ["/_next/image"];

/** Whether `url`'s path is one of UNUSED_NEXT_PATHS, whatever its case, trailing slash or query. */
function isUnusedNextPath(url) {
  let path = url.split("?")[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // not decodable: judged as written
  }
  path = path
    .toLowerCase()
    .replace(/\/{2,}/g, "/")
    .replace(/\/+$/, "");
  return UNUSED_NEXT_PATHS.includes(path);
}

/**
 * Why the request line is refused before any other work, or null. A browser sends only the
 * methods above and an origin-form target (`/path?query`); anything else (TRACE, invented
 * methods, `GET http://other.example/` as a proxy would be asked) is not ours to answer — Next.js
 * would throw on an unknown method, and redirect an absolute-form target to the other site.
 * `hosts`: the Host header, and X-Forwarded-Host when a trusted proxy set one — each must be ours.
 */
export function requestLineProblem(method, url, hosts, allowed) {
  if (!hosts.every((host) => isAllowedHost(host, allowed))) {
    return [
      421,
      "unknown_host",
      "This server does not answer to that host name. Use the address it is served at, or add the name to ALLOWED_HOSTS.",
    ];
  }
  if (!METHODS.includes(method)) {
    return [405, "method_not_allowed", `Use one of ${METHODS.join(", ")}.`];
  }
  if (typeof url !== "string" || !url.startsWith("/") || url.startsWith("//")) {
    return [400, "invalid_request_target", "The request target must be a path on this server."];
  }
  if (isUnusedNextPath(url)) {
    return [404, "not_found", "This server has nothing at that path."];
  }
  return null;
}

/**
 * The security headers of an answer that is not a page: nothing in it may load, run, be framed or
 * post anywhere (lib/http/security-headers.ts's NO_CONTENT_POLICY; that module is TypeScript).
 */
export const BASELINE_HEADERS = {
  "Content-Security-Policy":
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
};

/**
 * The policy of the app's own static files. A script file's policy is ignored when a page loads
 * it, but a Web Worker runs under the policy its script arrived with (CSP 3, §4.2.3): the range's
 * cracking Worker loads its chunks with importScripts, which `default-src 'none'` would refuse.
 */
const STATIC_FILES_POLICY =
  "default-src 'none'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Puts the baseline on `res` before Next.js sees the request for `url`. Next answers some requests
 * before proxy.ts runs — a trailing slash's redirect, a static file, a missing one — with no header
 * of ours; a page or an API answer replaces these with its own (the proxy sets the same names).
 */
export function setBaselineHeaders(res, url) {
  for (const [name, value] of Object.entries(BASELINE_HEADERS)) res.setHeader(name, value);
  if (typeof url === "string" && url.startsWith("/_next/static/")) {
    res.setHeader("Content-Security-Policy", STATIC_FILES_POLICY);
  }
}

/** The answer to a refused request line: JSON, with the security headers. */
export function refuse(res, [status, error, message]) {
  const body = JSON.stringify({ error, message });
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...BASELINE_HEADERS,
    ...(status === 405 ? { Allow: METHODS.join(", ") } : {}),
    Connection: "close",
  });
  res.end(body);
}
