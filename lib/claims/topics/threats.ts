import type { Claim } from "../claim";

/** Attacks on each mechanism and what stops them, each shown on a threats page. */
export const THREAT_CLAIMS: readonly Claim[] = [
  { id: "C31", topic: "threats", shownAt: "/threats/csrf" },
  { id: "C32", topic: "threats", shownAt: "/jwt/bearer" },
  { id: "C33", topic: "threats", shownAt: "/threats/https" },
  { id: "C34", topic: "threats", shownAt: "/admin" },
  { id: "C35", topic: "threats", shownAt: "/jwt" },
  { id: "C36", topic: "threats", shownAt: "/session/login" },
  { id: "C44", topic: "threats", shownAt: "/threats/jwt" },
  { id: "C45", topic: "threats", shownAt: "/threats/session" },
  { id: "C46", topic: "threats", shownAt: "/threats/session" },
  { id: "C47", topic: "threats", shownAt: "/threats/brute-force" },
  { id: "C48", topic: "threats", shownAt: "/threats/xss" },
  { id: "C49", topic: "threats", shownAt: "/threats/session" },
  { id: "C54", topic: "threats", shownAt: "/threats/libraries" },
];
