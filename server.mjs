// The production server: Next.js's own request handler behind a plain node:http server, for what
// Next does not do before a request reaches the app:
// - It answers only to its own host names, and only to the methods and request targets a
//   browser sends (server/front-door.mjs): DNS rebinding would otherwise let any web page talk
//   to this loopback server as its own site; Next.js throws on an unknown method (a 500) and
//   redirects an absolute-form target (`GET http://other.example/`) to the other site.
// - Next builds the URL route handlers see (request.url) from the hostname it was started with;
//   here it gets the request's own Host instead, once the front door has accepted it
//   (server/request-url.mjs), so a URL built from it points where the client is.
// - Next keeps whatever X-Forwarded-For a client sends, so under `next start` any client could
//   claim any address — and walk out of the per-address limits (sign-ups, live streams). Here the header is
//   replaced with the address of the TCP peer, or, behind TRUSTED_PROXY_HOPS reverse proxies that
//   append to it, with the address the outermost of them saw. The other forwarding headers
//   (X-Forwarded-Host, Forwarded…) are dropped unless such a proxy is configured.
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";
import {
  PROXY_HEADERS,
  allowedHostnames,
  refuse,
  requestLineProblem,
  setBaselineHeaders,
} from "./server/front-door.mjs";
import { pinRequestHost } from "./server/request-url.mjs";

const dev = process.argv.includes("--dev");
process.env.NODE_ENV ??= dev ? "development" : "production";
const { default: next } = await import("next");

// Written back so the app knows where it listens (lib/http/self-origin.ts).
process.env.PORT ??= "3000";
process.env.HOST ??= "127.0.0.1";
const port = Number(process.env.PORT);
const hostname = process.env.HOST;
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
if (!Number.isInteger(trustedHops) || trustedHops < 0) {
  console.error(
    "Refusing to start: TRUSTED_PROXY_HOPS must be a whole number (0 without a proxy).",
  );
  process.exit(1);
}

/** The chain of addresses is [...X-Forwarded-For, socket]; the last `trustedHops` are our proxies. */
function clientAddressOf(forwardedFor, socketAddress, hops) {
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
    socketAddress ?? "",
  ];
  return chain[Math.max(0, chain.length - 1 - hops)] ?? "";
}

let allowedHosts;
try {
  allowedHosts = allowedHostnames(process.env);
} catch (error) {
  console.error(`Refusing to start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// One context per request, spanning the proxy, the route and its database calls: the inspector's
// trace lives in it (ground/context.ts reads the same instance through globalThis).
const contexts = (globalThis[Symbol.for("session-vs-jwt-lab.request-context")] ??=
  new AsyncLocalStorage());

const server = createServer((req, res) => {
  // Before any other work: a name we do not serve, and (unless a proxy of ours set them) the
  // forwarding headers a client could use to pose as another name.
  const forwardedHost = trustedHops > 0 ? req.headers["x-forwarded-host"] : undefined;
  const hosts =
    forwardedHost === undefined ? [req.headers.host] : [req.headers.host, String(forwardedHost)];
  const problem = requestLineProblem(req.method, req.url, hosts, allowedHosts);
  if (problem !== null) {
    refuse(res, problem);
    return;
  }
  if (trustedHops === 0) for (const name of PROXY_HEADERS) delete req.headers[name];
  setBaselineHeaders(res, req.url);
  // The name the client used: behind our own proxy, the one it forwarded; both were checked above.
  pinRequestHost(
    req,
    String(forwardedHost ?? req.headers.host)
      .split(",")[0]
      .trim(),
  );
  // Next.js strips its router headers before proxy.ts runs; note here whether this is a prefetch.
  // A browser's own prefetch (<link rel=prefetch>, speculation rules) says so in Sec-Purpose.
  const purpose = String(req.headers["sec-purpose"] ?? req.headers["purpose"] ?? "");
  const prefetch = req.headers["next-router-prefetch"] === "1" || purpose.includes("prefetch");
  const context = {
    startedAt: process.hrtime.bigint(),
    queries: 0,
    prefetch,
    // What the client asked for, as it asked (a DPoP proof names the method and URL it is for).
    method: req.method,
    target: req.url,
    onFinish: null,
    trace: null,
    // Run once the response is over, sent or cut off (ground/context.ts: whenRequestEnds).
    ends: [],
  };
  res.on("finish", () => context.onFinish?.(res));
  res.on("close", () => {
    for (const end of context.ends) end();
  });
  const forwarded = req.headers["x-forwarded-for"];
  const list = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  req.headers["x-forwarded-for"] = clientAddressOf(
    trustedHops > 0 ? list : "",
    req.socket.remoteAddress,
    trustedHops,
  );
  contexts.run(context, () => handle(req, res));
});
// A client that keeps connections open (a browser, a load balancer, a test's request context) may
// send on one just as Node's default 5 s idle timeout closes it: the request dies as ECONNRESET.
// Idle connections live a minute here, longer than the gaps between a client's requests.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(
    `Session vs JWT Lab listening on http://${hostname === "127.0.0.1" ? "localhost" : hostname}:${port}`,
  );
});
// Stop accepting, finish what is in flight; live streams (the inspector's) never finish on their
// own, so after a short grace the remaining connections are closed.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  });
}
