/**
 * The questions learners actually ask (the project's source texts end with them), answered on
 * /faq. Their words are in the messages files (`faq.questions.ID`, `faq.answers.ID`); the links
 * inside an answer are tags (`<compare>…</compare>`) that go where FAQ_LINKS says.
 */
export const FAQ_IDS = [
  "difference",
  "trade-offs",
  "storage",
  "expiry",
  "integrity",
  "validation",
] as const;
export type FaqId = (typeof FAQ_IDS)[number];

export const FAQ_LINKS = {
  tour: "/tour",
  compare: "/compare",
  bearerPage: "/jwt/bearer",
  bffPage: "/jwt/bff",
  learnBff: "/learn/backend-for-frontend",
  csrfLab: "/threats/csrf",
  jwtPage: "/jwt",
  learnRefresh: "/learn/refresh-and-revocation",
  learnAnatomy: "/learn/jwt-anatomy",
  admin: "/admin",
  login: "/jwt/login",
  // The offline check: a pass (a JWT as a QR code) verified at the desk with the public keys only.
  pass: "/jwt/pass",
  checkin: "/checkin",
} as const;
