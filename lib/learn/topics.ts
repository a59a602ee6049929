import type { AuthArea } from "@/config/types";

/**
 * The learn pages, in reading order: where to see each live, and what proves it. Their words —
 * title, summary, paragraphs and the labels of the "see it live" links, in order — are in the
 * messages files (`learn.topics.SLUG`).
 */

export interface LearnTopic {
  slug: string;
  /** The area whose live requests the page draws beside its diagram (none: links only). */
  liveArea: AuthArea | null;
  seeLive: string[];
  claims: string[];
}

export const LEARN_TOPICS: readonly LearnTopic[] = [
  {
    slug: "http-and-cookies",
    liveArea: "session",
    seeLive: ["/session/login", "/"],
    claims: ["C01", "C02", "C03", "C04", "C05"],
  },
  {
    slug: "sessions",
    liveArea: "session",
    seeLive: ["/session", "/session/devices", "/compare", "/sealed"],
    claims: ["C06", "C08", "C09", "C10", "C11", "C12", "C40", "C41", "C42", "C43"],
  },
  {
    slug: "jwt-anatomy",
    liveArea: "jwt",
    seeLive: ["/jwt", "/admin"],
    claims: ["C16", "C17", "C18", "C19", "C28", "C35"],
  },
  {
    slug: "refresh-and-revocation",
    liveArea: "jwt",
    seeLive: ["/jwt", "/compare", "/admin"],
    claims: ["C20", "C22", "C23", "C25", "C27"],
  },
  {
    slug: "beyond-bearer",
    liveArea: "jwt",
    seeLive: ["/jwt/dpop", "/jwt/bearer", "/admin"],
    claims: ["C50", "C51", "C52", "C53"],
  },
  {
    slug: "backend-for-frontend",
    liveArea: "jwt",
    seeLive: ["/jwt/bff", "/jwt/bearer", "/faq"],
    claims: ["C55"],
  },
  {
    slug: "keys-and-jwks",
    liveArea: null,
    seeLive: ["/.well-known/jwks.json", "/admin", "/jwt/pass"],
    claims: ["C24", "C29", "C30"],
  },
  {
    slug: "csrf-xss-https",
    liveArea: null,
    seeLive: ["/threats/csrf", "/jwt/bearer", "/threats/https"],
    claims: ["C21", "C31", "C32", "C33", "C36"],
  },
  {
    slug: "scaling-out",
    liveArea: null,
    seeLive: ["/session", "/.well-known/jwks.json"],
    claims: ["C07", "C14", "C29", "C34"],
  },
];

export function learnTopic(slug: string): LearnTopic | undefined {
  return LEARN_TOPICS.find((topic) => topic.slug === slug);
}
