import type { Claim } from "../claim";

/** Beyond a bearer token: proof of possession, step-up and renewal shared between tabs. */
export const BEYOND_BEARER_CLAIMS: readonly Claim[] = [
  { id: "C50", topic: "beyondBearer", shownAt: "/jwt/dpop" },
  { id: "C51", topic: "beyondBearer", shownAt: "/jwt/dpop" },
  { id: "C52", topic: "beyondBearer", shownAt: "/admin" },
  { id: "C53", topic: "beyondBearer", shownAt: "/jwt/bearer" },
];
