import type { AuthArea } from "@/lib/config/types";

/** The learn pages, in reading order: what each explains and where to see it live. */

export interface LearnTopic {
  slug: string;
  title: string;
  summary: string;
  /** The area whose live requests the page draws beside its diagram (none: links only). */
  liveArea: AuthArea | null;
  seeLive: { href: string; label: string }[];
  claims: string[];
}

export const LEARN_TOPICS: readonly LearnTopic[] = [
  {
    slug: "http-and-cookies",
    title: "HTTP is stateless; cookies remember",
    summary: "Why every request must carry a credential, and how a cookie carries it.",
    liveArea: "session",
    seeLive: [
      { href: "/session/login", label: "Log in to the session area and watch Set-Cookie" },
      { href: "/", label: "The mode toggle: a cookie that is not a credential" },
    ],
    claims: ["C01", "C02", "C03", "C04", "C05"],
  },
  {
    slug: "sessions",
    title: "Sessions: the server remembers",
    summary: "A random id in the cookie, the record on the server, one lookup per request.",
    liveArea: "session",
    seeLive: [
      { href: "/session", label: "The session area with its inspector" },
      { href: "/session/devices", label: "Your devices: every session record of your account" },
      { href: "/compare", label: "Compare: log out, replay the copy, 401" },
    ],
    claims: ["C06", "C08", "C09", "C10", "C11", "C12"],
  },
  {
    slug: "jwt-anatomy",
    title: "A JWT's anatomy: signing vs encryption",
    summary: "Three base64url parts anyone can read; a signature only the key holder can make.",
    liveArea: "jwt",
    seeLive: [
      { href: "/jwt", label: "The JWT area: your token decoded" },
      { href: "/admin", label: "Admin: switch to JWE and see five segments" },
    ],
    claims: ["C16", "C17", "C18", "C19", "C28", "C35"],
  },
  {
    slug: "refresh-and-revocation",
    title: "Expiry, refresh tokens and revocation",
    summary: "Why logout cannot kill a JWT, and what it costs to make it able to.",
    liveArea: "jwt",
    seeLive: [
      { href: "/jwt", label: "Refresh your token and see the family" },
      { href: "/compare", label: "Compare: the JWT copy still works after logout" },
      { href: "/admin", label: "Admin: choose a revocation strategy" },
    ],
    claims: ["C20", "C22", "C23", "C25", "C27"],
  },
  {
    slug: "keys-and-jwks",
    title: "Keys, rotation and JWKS",
    summary: "Which key signed a token, how keys change, and who can verify.",
    liveArea: null,
    seeLive: [
      { href: "/.well-known/jwks.json", label: "This server's public key set" },
      { href: "/admin", label: "Admin: rotate the signing key" },
      { href: "/jwt/pass", label: "A QR pass verified offline" },
    ],
    claims: ["C24", "C29", "C30"],
  },
  {
    slug: "csrf-xss-https",
    title: "CSRF, XSS and HTTPS",
    summary: "What each attack needs, and which storage and cookie attributes stop it.",
    liveArea: null,
    seeLive: [
      { href: "/threats/csrf", label: "The CSRF lab" },
      { href: "/jwt/bearer", label: "XSS: a token in localStorage is readable" },
      { href: "/threats/https", label: "The HTTPS lab: the Secure attribute" },
    ],
    claims: ["C21", "C31", "C32", "C33", "C36"],
  },
  {
    slug: "scaling-out",
    title: "Scaling out",
    summary: "Several instances: a shared store for sessions, a shared key for JWTs.",
    liveArea: null,
    seeLive: [
      { href: "/session", label: "The store in use (inspector: Server keeps)" },
      { href: "/.well-known/jwks.json", label: "The key set any instance can verify with" },
    ],
    claims: ["C07", "C14", "C29", "C34"],
  },
];

export function learnTopic(slug: string): LearnTopic | undefined {
  return LEARN_TOPICS.find((topic) => topic.slug === slug);
}
