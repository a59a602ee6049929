import { isIP } from "node:net";

/**
 * Hosted or local. Local (`npm start` on loopback), the demo users are the lesson: anyone who can
 * reach the server sits at its keyboard. Hosted, strangers share the instance, so server-wide power
 * belongs to the operator alone and no page prints the demo passwords. Unset, `LAB_PUBLIC` follows
 * the address the server listens on: a server that listens beyond loopback is reachable by others.
 */
export function isLabPublic(labPublic: "true" | "false" | undefined, host: string): boolean {
  if (labPublic !== undefined) return labPublic === "true";
  return !isLoopback(host);
}

/** 127.0.0.0/8, ::1 (and ::ffff:127.x, IPv4 in IPv6 clothing), or the name localhost. */
export function isLoopback(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (isIP(name) === 4) return name.startsWith("127.");
  if (isIP(name) === 6) {
    // One spelling for each address: 0:0:0:0:0:0:0:1 is ::1, ::ffff:127.0.0.1 is ::ffff:7f00:1.
    const canonical = new URL(`http://[${name}]/`).hostname;
    return canonical === "[::1]" || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
  }
  return false;
}

/** The one account with server-wide power on a hosted instance (created at start-up). */
export const OPERATOR_USERNAME = "operator";
