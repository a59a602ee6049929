/**
 * The guided tour: the lab's best path, one step at a time. Each step says what to do and why in
 * two or three sentences; its page shows the live evidence (app/tour/evidence.tsx) beside it.
 */

export type TourEvidence =
  "login" | "keeps" | "cost" | "replay" | "revoke" | "clock" | "threats" | "choose";

export interface TourStep {
  title: string;
  text: string[];
  evidence: TourEvidence;
  links: { href: string; label: string }[];
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    title: "Log in to both areas",
    text: [
      "Log in once with a demo account: the same user gets a session in one area and a JWT in the other.",
      "Each area uses its own mechanism; the user table underneath is shared.",
    ],
    evidence: "login",
    links: [{ href: "/learn/http-and-cookies", label: "Why a login needs a cookie at all" }],
  },
  {
    title: "Look at what each keeps",
    text: [
      "The session area gave your browser a sealed random id and kept a record on the server: user, created, last seen, expiry.",
      "The JWT area kept nothing: your browser holds the whole statement — who you are, your role, when it expires — signed so it cannot be changed.",
    ],
    evidence: "keeps",
    links: [
      { href: "/learn/sessions", label: "Sessions, step by step" },
      { href: "/learn/jwt-anatomy", label: "A JWT's anatomy" },
    ],
  },
  {
    title: "What one request costs",
    text: [
      "Call each area's API once. The session request unseals the cookie and looks the record up: one query. The JWT request verifies a signature: no query at all.",
      "The diagrams are drawn from the traces of your own two requests.",
    ],
    evidence: "cost",
    links: [{ href: "/compare", label: "Ten calls each on the compare page" }],
  },
  {
    title: "Log out, then replay the copies",
    text: [
      "Copy both credentials (as a thief would), log out of both, and replay the copies from a client with no cookies.",
      "The session copy gets 401: its record is gone. The JWT copy gets 200: logout could only clear your cookie, and the token still verifies until it expires.",
    ],
    evidence: "replay",
    links: [{ href: "/learn/refresh-and-revocation", label: "Why logout cannot kill a JWT" }],
  },
  {
    title: "Revoke from the server",
    text: [
      "Press the button: this browser's session record is deleted on the server, the way your device list or an admin would do it. Its very next request gets 401.",
      "The JWT request still gets 200: the server has nothing of it to delete. Revoking a JWT early needs state again — a deny-list or a token version checked on every request.",
    ],
    evidence: "revoke",
    links: [
      { href: "/session/devices", label: "Your devices: revoke a session" },
      { href: "/admin", label: "Admin: the JWT revocation strategy" },
    ],
  },
  {
    title: "Expire with the clock",
    text: [
      "Press \"+31 min\": this browser's credentials are now judged 31 minutes later. The access token's exp (5 minutes) has passed, and the session has been idle too long: both are refused.",
      'Press "Back to real time" when you are done: a login under a moved clock is judged by the moved clock.',
    ],
    evidence: "clock",
    links: [{ href: "/learn/refresh-and-revocation", label: "Expiry and refresh tokens" }],
  },
  {
    title: "The threats each invites",
    text: [
      "Cookies are sent automatically, so both areas need CSRF protection; a token in localStorage is readable by any injected script, an HttpOnly cookie is not.",
      "Beside this: what a script in this very page can read, and how this server sets the JWT cookie.",
    ],
    evidence: "threats",
    links: [
      { href: "/threats/csrf", label: "The CSRF lab" },
      { href: "/jwt/bearer", label: "XSS reads a stored token" },
      { href: "/threats/https", label: "The HTTPS lab" },
    ],
  },
  {
    title: "Choose",
    text: [
      "You have seen what each keeps, what each costs, and what logout does to each. One web app: a session is usually the better choice. Other services verifying on their own: short-lived JWTs with a server-side refresh record.",
      "The guide asks five questions about your app and gives its reasons, each linked to what you just saw.",
    ],
    evidence: "choose",
    links: [
      { href: "/guide", label: "Which should I choose?" },
      { href: "/faq", label: "The questions people ask" },
      { href: "/learn", label: "The learn pages" },
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
