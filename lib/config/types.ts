/** The two mechanisms, as areas of the app (pages under /session and /jwt, APIs under /api/…). */
export type AuthArea = "session" | "jwt";

/** Every area the inspector and the proxy tell apart: the two mechanisms, or anything else. */
export const AUTH_AREAS: readonly AuthArea[] = ["session", "jwt"];
