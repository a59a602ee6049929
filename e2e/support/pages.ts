import { LEARN_TOPICS } from "@/lib/learn/topics";

// Every page of the site: the public ones, and those that need a login (in all three areas, as
// an admin). The every-page spec judges each in a browser; the several-instances run asks for
// each through the load balancer, on PostgreSQL.
export const PUBLIC = [
  "/",
  "/tour",
  ...Array.from({ length: 8 }, (_, i) => `/tour/${i + 1}`),
  "/learn",
  ...LEARN_TOPICS.map((topic) => `/learn/${topic.slug}`),
  "/learn/glossary",
  "/guide",
  "/guide?revoke=yes&services=yes&offline=no&native=no&instances=yes",
  "/faq",
  "/claims",
  "/bench",
  "/compare",
  "/threats",
  "/threats/csrf",
  "/threats/https",
  "/threats/jwt",
  "/threats/libraries",
  "/threats/session",
  "/threats/brute-force",
  "/threats/xss",
  "/threats/xss/victim",
  "/signup",
  "/session/login",
  "/sealed/login",
  "/jwt/login",
  "/jwt/dpop",
  "/jwt/bff",
  "/checkin",
];
export const LOGGED_IN = [
  "/session",
  "/session/devices",
  "/sealed",
  "/account",
  "/admin",
  "/jwt",
  "/jwt/bearer",
  "/jwt/pass",
  "/session/reauth?next=/admin",
  "/jwt/reauth",
  "/compare",
  "/faq",
];
