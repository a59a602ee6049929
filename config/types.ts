/**
 * The three mechanisms, as areas of the app (pages under /session, /sealed and /jwt, APIs under
 * /api/…): the server-side session, the sealed-cookie ("stateless") session, and the JWT.
 */
export type AuthArea = "session" | "sealed" | "jwt";

/** Every area the inspector and the proxy tell apart, in the order the app shows them. */
export const AUTH_AREAS: readonly AuthArea[] = ["session", "sealed", "jwt"];
