/**
 * The claims registry: every claim this app proves, the screen where a person makes it happen (and
 * the inspector shows the evidence), and — by its id at the start of the title — the Playwright
 * scenario that asserts it. The one source: lib/claims/registry.test.ts fails when a scenario names an id
 * that is not here, or when a claim here has no scenario. New claims are added here, each in its
 * topic's file under lib/claims/topics/, and their words in every messages file
 * (`claims.sentences.<id>`), which the same test checks.
 * (Seeded from the project's CLAIMS.md, C01–C36; C37–C53 added since.)
 */
import type { Claim } from "./claim";
import { BEYOND_BEARER_CLAIMS } from "./topics/beyond-bearer";
import { COOKIE_AND_HTTP_CLAIMS } from "./topics/cookies-and-http";
import { JWT_CLAIMS } from "./topics/jwt";
import { SEALED_COOKIE_CLAIMS } from "./topics/sealed-cookies";
import { SESSION_CLAIMS } from "./topics/sessions";
import { THREAT_CLAIMS } from "./topics/threats";

export { CLAIM_TOPICS, type Claim, type ClaimTopic } from "./claim";

export const CLAIMS: readonly Claim[] = [
  ...COOKIE_AND_HTTP_CLAIMS,
  ...SESSION_CLAIMS,
  ...JWT_CLAIMS,
  ...THREAT_CLAIMS,
  ...SEALED_COOKIE_CLAIMS,
  ...BEYOND_BEARER_CLAIMS,
];

/** The claim with this id, or undefined. */
export function claimById(id: string): Claim | undefined {
  return CLAIMS.find((claim) => claim.id === id);
}
