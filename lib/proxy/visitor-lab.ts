import type { NextRequest } from "next/server";
import { cookieSettings } from "@/config";
import { currentRequest } from "@/ground/context";
import { readLabCookie } from "@/lib/auth/visitor-lab/cookie";
import { hasVisitorLabs } from "@/lib/auth/visitor-lab/labs";
import { enterLab, holdLabForRequest } from "@/lib/auth/visitor-lab/presence";

/**
 * Hosted, a request works in the lab its cookie names (lib/auth/visitor-lab) — set here, first,
 * so every check after it (this proxy's, the DAL's) reads that lab's accounts, settings and keys.
 * A cookie whose MAC fails or whose lab is gone (deleted when idle) counts as none, and is
 * cleared: the browser's next login opens a new lab. Locally there is one world and no cookie.
 * Answers whether the response must clear the cookie.
 */
export async function enterVisitorLab(request: NextRequest): Promise<boolean> {
  if (!hasVisitorLabs()) return false;
  const present = request.cookies.has(cookieSettings.visitorLab.name);
  const labId = readLabCookie(request.cookies);
  const context = currentRequest();
  if (labId !== null && context !== undefined && (await enterLab(labId))) {
    context.labId = labId;
    holdLabForRequest(labId);
    return false;
  }
  return present;
}

/** Clears a cookie that names no lab (a forged one, or a lab deleted as idle). */
export function clearStaleLabCookie(response: Response): void {
  const { name, options } = cookieSettings.visitorLab;
  response.headers.append(
    "Set-Cookie",
    `${name}=; Path=${options.path}; Max-Age=0; HttpOnly; SameSite=Lax${options.secure ? "; Secure" : ""}`,
  );
}
