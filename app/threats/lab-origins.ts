import "server-only";
import { headers } from "next/headers";
import { config } from "@/config";
import { requestOrigins } from "@/lib/threats/sites";
import { isXssLabHost, xssLabOriginFor } from "@/lib/threats/xss-origin";

const protocol = (): "http" | "https" => (config.secure ? "https" : "http");

/** This request's own origin and its twin (the lab's "other site"), from the Host header. */
export async function labOrigins(): Promise<{ self: string | null; twin: string | null }> {
  return requestOrigins(await headers(), protocol());
}

/**
 * The XSS lab's own origin seen from this request (null where there is none), and whether this
 * request came to it: the flawed page runs only there.
 */
export async function xssLabOrigin(): Promise<{ lab: string | null; onLab: boolean }> {
  const host = (await headers()).get("host");
  return {
    lab: xssLabOriginFor(host, config.labOrigin, protocol()),
    onLab: isXssLabHost(host, config.labOrigin),
  };
}
