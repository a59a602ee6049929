import type { Claim } from "../claim";

/**
 * Beyond a bearer token: proof of possession, step-up, renewal shared between tabs, and no token in
 * the browser at all (a backend-for-frontend).
 */
export const BEYOND_BEARER_CLAIMS: readonly Claim[] = [
  { id: "C50", topic: "beyondBearer", shownAt: "/jwt/dpop" },
  { id: "C51", topic: "beyondBearer", shownAt: "/jwt/dpop" },
  { id: "C52", topic: "beyondBearer", shownAt: "/admin" },
  { id: "C53", topic: "beyondBearer", shownAt: "/jwt/bearer" },
  { id: "C55", topic: "beyondBearer", shownAt: "/jwt/bff" },
];
