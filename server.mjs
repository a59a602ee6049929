// The production server: Next.js's own request handler behind a plain node:http server, for one
// reason. Next keeps whatever X-Forwarded-For a client sends, so under `next start` any client
// could claim any address — and walk out of the per-client login throttle. Here the header is
// replaced with the address of the TCP peer, or, behind TRUSTED_PROXY_HOPS reverse proxies that
// append to it, with the address the outermost of them saw.
import { createServer } from "node:http";

process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
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

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const forwarded = req.headers["x-forwarded-for"];
  const list = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  req.headers["x-forwarded-for"] = clientAddressOf(
    trustedHops > 0 ? list : "",
    req.socket.remoteAddress,
    trustedHops,
  );
  handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(
    `Session vs JWT Lab listening on http://${hostname === "127.0.0.1" ? "localhost" : hostname}:${port}`,
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
