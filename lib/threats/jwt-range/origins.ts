import { config } from "@/lib/config";
import { originOf, twinOrigin } from "@/lib/threats/sites";

/** This server's own origins as the request names it: itself and its twin (the "other site"). */
export function rangeOrigins(headers: { get(name: string): string | null }): {
  self: string | null;
  twin: string | null;
} {
  const self = originOf(headers.get("host"), config.secure ? "https" : "http");
  return { self, twin: twinOrigin(self) };
}
