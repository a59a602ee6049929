import "server-only";
import { cookies } from "next/headers";
import { cookieSettings, type AuthArea } from "@/config";
import { modeSchema, themeSchema, type Theme } from "@/lib/validation/lab";

/** The area this browser chose last (a preference cookie, not a credential); session by default. */
export async function getPreferredMode(): Promise<AuthArea> {
  const value = (await cookies()).get(cookieSettings.mode.name)?.value;
  const parsed = modeSchema.safeParse(value);
  return parsed.success ? parsed.data : "session";
}

/** The theme this browser chose; "system" (follow the operating system) by default. */
export async function getPreferredTheme(): Promise<Theme> {
  const parsed = themeSchema.safeParse((await cookies()).get(cookieSettings.theme.name)?.value);
  return parsed.success ? parsed.data : "system";
}
