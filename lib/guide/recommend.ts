/**
 * The decision guide: a few yes/no questions about an app, and a recommendation with its reasons,
 * each reason linked to the screen of this lab that shows it. Pure, so the page and its tests
 * agree on every answer.
 */

/** The questions, by id; their wording is in the messages files (`guide.questions.ID`). */
export const QUESTIONS = [
  { id: "revoke" },
  { id: "services" },
  { id: "offline" },
  { id: "native" },
  { id: "instances" },
] as const;

export type QuestionId = (typeof QUESTIONS)[number]["id"];
export type Answers = Record<QuestionId, boolean>;

/** A reason: its wording is `guide.reasonTexts.ID`; `href` shows it live, `claim` proves it. */
export interface Reason {
  id: string;
  href: string;
  claim: string;
}

export type Headline = "hybrid" | "jwt" | "sharedSessions" | "plainSession";

export interface Recommendation {
  choice: "session" | "jwt" | "hybrid";
  headline: Headline;
  reasons: Reason[];
}

const R = {
  instant: {
    id: "instant",
    href: "/compare",
    claim: "C09",
  },
  jwtSurvives: {
    id: "jwtSurvives",
    href: "/compare",
    claim: "C22",
  },
  denylistCost: {
    id: "denylistCost",
    href: "/admin",
    claim: "C23",
  },
  refresh: {
    id: "refresh",
    href: "/jwt",
    claim: "C25",
  },
  jwks: {
    id: "jwks",
    href: "/.well-known/jwks.json",
    claim: "C29",
  },
  offline: {
    id: "offline",
    href: "/jwt/pass",
    claim: "C30",
  },
  transport: {
    id: "transport",
    href: "/jwt/bearer",
    claim: "C05",
  },
  shared: {
    id: "shared",
    href: "/learn/scaling-out",
    claim: "C34",
  },
  cost: {
    id: "cost",
    href: "/",
    claim: "C08",
  },
  bound: {
    id: "bound",
    href: "/jwt/dpop",
    claim: "C50",
  },
  bff: {
    id: "bff",
    href: "/jwt/bff",
    claim: "C55",
  },
  simple: {
    id: "simple",
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
        headline: "hybrid",
        reasons: [...why, R.refresh, R.jwtSurvives, R.denylistCost, R.bound, R.bff],
      };
    }
    return {
      choice: "jwt",
      headline: "jwt",
      reasons: [...why, R.refresh, R.jwtSurvives, R.bound, R.bff],
    };
  }
  const reasons: Reason[] = [R.simple, R.instant];
  if (answers.native) reasons.push(R.transport);
  if (answers.instances) reasons.push(R.shared);
  reasons.push(R.cost);
  return {
    choice: "session",
    headline: answers.instances ? "sharedSessions" : "plainSession",
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
