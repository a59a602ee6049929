import "server-only";

/**
 * Where this server can reach itself. Taken from the address it listens on (server.mjs sets PORT
 * and HOST), never from the request's Host header: a client could point that anywhere, and the
 * lab's replay would then send a captured credential to the client's chosen host.
 */
export function selfOrigin(): string {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  const reachable = host === "0.0.0.0" || host === "::" || host === "" ? "127.0.0.1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}
