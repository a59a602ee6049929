/**
 * The guided tour: the lab's best path, one step at a time. Each step's words — its title and
 * two or three sentences — are in the messages files (`tour.steps.N`, one per language); here is
 * what its page shows beside them: the live evidence (app/tour/evidence.tsx) and where to go
 * next (`tour.links.KEY` names each link).
 */

import type { AuthArea } from "@/config/types";

/** The three mechanisms, in the order every step shows them side by side. */
export const TOUR_AREAS = ["session", "sealed", "jwt"] as const satisfies readonly AuthArea[];

export type TourEvidence =
  "login" | "keeps" | "cost" | "replay" | "revoke" | "clock" | "threats" | "choose";

export interface TourStep {
  evidence: TourEvidence;
  links: { href: string; key: string }[];
}

export const TOUR_STEPS: readonly TourStep[] = [
  { evidence: "login", links: [{ href: "/learn/http-and-cookies", key: "whyCookie" }] },
  {
    evidence: "keeps",
    links: [
      { href: "/learn/sessions", key: "sessions" },
      { href: "/learn/jwt-anatomy", key: "anatomy" },
    ],
  },
  { evidence: "cost", links: [{ href: "/compare", key: "compareCalls" }] },
  { evidence: "replay", links: [{ href: "/learn/refresh-and-revocation", key: "whyLogout" }] },
  {
    evidence: "revoke",
    links: [
      { href: "/session/devices", key: "devices" },
      { href: "/admin", key: "strategy" },
    ],
  },
  { evidence: "clock", links: [{ href: "/learn/refresh-and-revocation", key: "expiry" }] },
  {
    evidence: "threats",
    links: [
      { href: "/threats/csrf", key: "csrfLab" },
      { href: "/jwt/bearer", key: "xss" },
      { href: "/threats/https", key: "httpsLab" },
    ],
  },
  {
    evidence: "choose",
    links: [
      { href: "/guide", key: "guide" },
      { href: "/jwt/pass", key: "pass" },
      { href: "/checkin", key: "checkin" },
      { href: "/jwt/bff", key: "bff" },
      { href: "/faq", key: "faq" },
      { href: "/learn", key: "learn" },
    ],
  },
];

/** The step for a path segment ("1" … "8"), or undefined. */
export function tourStep(segment: string): { step: TourStep; number: number } | undefined {
  if (!/^[1-9]\d?$/.test(segment)) return undefined;
  const number = Number(segment);
  const step = TOUR_STEPS[number - 1];
  return step === undefined ? undefined : { step, number };
}
