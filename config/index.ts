// The configuration, in four parts: the environment (./env.ts), the settings read from it
// (./settings.ts), the cookies (./cookies.ts) and the shared types (./types.ts). Import from here, or
// from a part to stand on the ground floor alone.
export { config } from "@/config/settings";
export { cookieSettings } from "@/config/cookies";
export type { AuthArea } from "@/config/types";
