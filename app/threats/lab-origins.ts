import "server-only";
import { headers } from "next/headers";
import { config } from "@/lib/config";
import { originOf, twinOrigin } from "@/lib/threats/sites";

/** This request's own origin and its twin (the lab's "other site"), from the Host header. */
export async function labOrigins(): Promise<{ self: string | null; twin: string | null }> {
  const self = originOf((await headers()).get("host"), config.secure ? "https" : "http");
  return { self, twin: twinOrigin(self) };
}
