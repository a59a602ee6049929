import type { Claim } from "../claim";

/** JWTs: a signed token verified without the database, and what statelessness costs. */
export const JWT_CLAIMS: readonly Claim[] = [
  { id: "C16", topic: "jwt", shownAt: "/jwt" },
  { id: "C17", topic: "jwt", shownAt: "/jwt" },
  { id: "C18", topic: "jwt", shownAt: "/jwt" },
  { id: "C19", topic: "jwt", shownAt: "/jwt" },
  { id: "C20", topic: "jwt", shownAt: "/jwt" },
  { id: "C21", topic: "jwt", shownAt: "/jwt/bearer" },
  { id: "C22", topic: "jwt", shownAt: "/compare" },
  { id: "C23", topic: "jwt", shownAt: "/admin" },
  { id: "C24", topic: "jwt", shownAt: "/admin" },
  { id: "C25", topic: "jwt", shownAt: "/jwt" },
  { id: "C26", topic: "jwt", shownAt: "/jwt" },
  { id: "C27", topic: "jwt", shownAt: "/compare" },
  { id: "C28", topic: "jwt", shownAt: "/jwt" },
  { id: "C29", topic: "jwt", shownAt: "/.well-known/jwks.json" },
  { id: "C30", topic: "jwt", shownAt: "/jwt/pass" },
  { id: "C38", topic: "jwt", shownAt: "/faq#integrity" },
];
