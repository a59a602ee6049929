import "server-only";
import { headers } from "next/headers";
import { config } from "@/lib/config";
import { requestOrigins } from "@/lib/threats/sites";

/** This request's own origin and its twin (the lab's "other site"), from the Host header. */
export async function labOrigins(): Promise<{ self: string | null; twin: string | null }> {
  return requestOrigins(await headers(), config.secure ? "https" : "http");
}
