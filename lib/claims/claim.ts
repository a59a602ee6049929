/**
 * The topics the claims page groups its claims under, in the order it shows them; their names live
 * in the messages files (`claims.topics.<topic>`).
 */
export const CLAIM_TOPICS = [
  "cookiesAndHttp",
  "sessions",
  "jwt",
  "threats",
  "sealedCookies",
  "beyondBearer",
] as const;

export type ClaimTopic = (typeof CLAIM_TOPICS)[number];

/**
 * One claim the lab proves: its topic, and the screen where a person makes it happen. Its words
 * live in the messages files (`claims.sentences.<id>`), in every language.
 */
export interface Claim {
  id: `C${number}`;
  topic: ClaimTopic;
  /** The path of the screen that shows it live. */
  shownAt: string;
}
