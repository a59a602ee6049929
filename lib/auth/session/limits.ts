import "server-only";
import { config } from "@/config";

/**
 * The concurrent-session limit (C13), like a streaming service's "too many devices": at most
 * `limit` sessions per user; what the next login does is the policy. startSession
 * (./tokens.ts) applies it; this says it in words.
 */

/** The policy in words, for the devices page and the login result. */
export function describeLimit(): string {
  const { limit, limitPolicy } = config.session;
  return limitPolicy === "evict-oldest"
    ? `At most ${limit} sessions per account: a new login logs out the oldest one.`
    : `At most ${limit} sessions per account: a new login is refused until one logs out.`;
}
