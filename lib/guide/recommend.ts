/**
 * The decision guide: a few yes/no questions about an app, and a recommendation with its reasons,
 * each reason linked to the screen of this lab that shows it. Pure, so the page and its tests
 * agree on every answer.
 */

export const QUESTIONS = [
  {
    id: "revoke",
    text: "Must a logout, a ban or a password change take effect at once (not minutes later)?",
  },
  {
    id: "services",
    text: "Must other services — yours or another company's — verify the login without calling your server?",
  },
  { id: "offline", text: "Must a credential be checked where there is no network to your server?" },
  {
    id: "native",
    text: "Are your clients native or mobile apps, or scripts, rather than only browsers?",
  },
  { id: "instances", text: "Will you run several instances of the app behind a load balancer?" },
] as const;

export type QuestionId = (typeof QUESTIONS)[number]["id"];
export type Answers = Record<QuestionId, boolean>;

export interface Reason {
  text: string;
  href: string;
  claim: string;
}

export interface Recommendation {
  choice: "session" | "jwt" | "hybrid";
  headline: string;
  reasons: Reason[];
}

const R = {
  instant: {
    text: "A session ends the moment its record is deleted: the copy replayed after logout gets 401.",
    href: "/compare",
    claim: "C09",
  },
  jwtSurvives: {
    text: "A JWT copy taken before logout keeps working until exp: logout cannot kill it.",
    href: "/compare",
    claim: "C22",
  },
  denylistCost: {
    text: "Instant JWT revocation needs a deny-list or a version check: a lookup per request again.",
    href: "/admin",
    claim: "C23",
  },
  refresh: {
    text: "Short access tokens plus rotating refresh records bound the damage to minutes, and logout ends the refresh family.",
    href: "/jwt",
    claim: "C25",
  },
  jwks: {
    text: "Another service verifies with the public key set alone, no call to the issuer.",
    href: "/.well-known/jwks.json",
    claim: "C29",
  },
  offline: {
    text: "A signed token verifies offline: the check-in desk needs only the public key.",
    href: "/jwt/pass",
    claim: "C30",
  },
  transport: {
    text: "Cookies are only a transport: a session id works from an Authorization header as well as a JWT does.",
    href: "/jwt/bearer",
    claim: "C05",
  },
  shared: {
    text: "Sessions scale out with a shared store such as Redis: one hop per request.",
    href: "/learn/scaling-out",
    claim: "C34",
  },
  cost: {
    text: "Per request, a session costs one store lookup; a JWT a signature check and no query — measured on this server.",
    href: "/",
    claim: "C08",
  },
  simple: {
    text: "One web app on one site: an HttpOnly, SameSite session cookie is the simplest thing that is fully revocable, and nothing in the browser can read it.",
    href: "/learn/sessions",
    claim: "C06",
  },
} satisfies Record<string, Reason>;

/** The recommendation for these answers. */
export function recommend(answers: Answers): Recommendation {
  if (answers.services || answers.offline) {
    const why = [answers.services ? R.jwks : null, answers.offline ? R.offline : null].filter(
      (r): r is Reason => r !== null,
    );
    if (answers.revoke) {
      return {
        choice: "hybrid",
        headline:
          "Short-lived JWTs (minutes) for the verifiers, plus a server-side refresh record you can revoke — and a deny-list only where minutes are too long.",
        reasons: [...why, R.refresh, R.jwtSurvives, R.denylistCost],
      };
    }
    return {
      choice: "jwt",
      headline: "JWTs signed with an asymmetric key, published as a JWKS; keep them short-lived.",
      reasons: [...why, R.refresh, R.jwtSurvives],
    };
  }
  const reasons: Reason[] = [R.simple, R.instant];
  if (answers.native) reasons.push(R.transport);
  if (answers.instances) reasons.push(R.shared);
  reasons.push(R.cost);
  return {
    choice: "session",
    headline: answers.instances
      ? "Sessions, with a shared store (Redis or your database) so every instance sees them."
      : "A plain server-side session: here it is simply the better choice.",
    reasons: answers.revoke ? reasons : [...reasons, R.jwtSurvives],
  };
}

/** Reads the guide's query string; null when a question is unanswered or an answer is invalid. */
export function parseAnswers(query: Record<string, string | string[] | undefined>): {
  answers: Answers | null;
  missing: QuestionId[];
} {
  const missing: QuestionId[] = [];
  const answers = {} as Answers;
  for (const { id } of QUESTIONS) {
    const value = query[id];
    if (value === "yes" || value === "no") answers[id] = value === "yes";
    else missing.push(id);
  }
  return { answers: missing.length === 0 ? answers : null, missing };
}
