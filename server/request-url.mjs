// The URL Next.js hands the app (request.url in route handlers) is built from the fixed hostname
// it was started with, whatever the request's Host: behind a real name every URL built from it
// would point at the wrong host. server.mjs has already checked the Host (server/front-door.mjs),
// so it pins that host into the URL Next records for the request.

// Where Next keeps a request's metadata; its absolute URL is `initURL` (next/dist/server/request-meta).
const REQUEST_META = Symbol.for("NextInternalRequestMeta");

/** `url` with its host replaced by `host`; anything that is not an absolute http(s) URL as it is. */
export function withRequestHost(url, host) {
  if (typeof url !== "string" || !/^https?:\/\//.test(url)) return url;
  try {
    // Only a bare host[:port] (no path, user or stray characters) may stand in the URL.
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host)) return url;
    const named = new URL(`http://${host}`);
    const parsed = new URL(url);
    parsed.hostname = named.hostname;
    parsed.port = named.port;
    return parsed.href;
  } catch {
    return url;
  }
}

/**
 * Makes every absolute URL Next records for `req` carry `host` (a Host header the front door
 * accepted). Next writes the URL more than once per request; each write goes through here.
 */
export function pinRequestHost(req, host) {
  let initURL;
  const meta = {};
  Object.defineProperty(meta, "initURL", {
    enumerable: true,
    configurable: true,
    get: () => initURL,
    set: (value) => {
      initURL = withRequestHost(value, host);
    },
  });
  req[REQUEST_META] = meta;
}
