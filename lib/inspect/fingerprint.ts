import { hashToken } from "@/ground/tokens";

/** A short, one-way fingerprint: enough to tell two values apart, useless to replay. */
export function fingerprint(value: string): string {
  return hashToken(value).slice(0, 8);
}
