import { cookies } from "next/headers";
import { callResourceApi } from "@/lib/auth/bff/call";
import { judgingTime } from "@/lib/auth/clock";
import { clearBffSessionCookie } from "@/lib/auth/cookies";
import { getBffAuth } from "@/lib/auth/dal";
import { readLabCookie } from "@/lib/auth/visitor-lab/cookie";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { apiError, apiJson, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { toPublicUser } from "@/lib/users/public-user";

/**
 * A call through the backend-for-frontend: the browser sends its BFF cookie (no token); the BFF
 * renews its tokens if they are due and calls the resource API with the access token. The answer
 * describes both hops — the second one's token only as its decoded claims and size. A refusal by
 * the resource API even after one renewal is a 409: the JWT settings now in force (HS256, or
 * encrypted tokens) make tokens a JWKS-only service cannot check. It still describes both hops.
 */
async function get(): Promise<Response> {
  const auth = await getBffAuth();
  if (!auth.ok) return unauthorized("bff", auth.reason);
  const jar = await cookies();
  const context = { labId: readLabCookie(jar), inspectorId: readInspectorId(jar) };
  const call = await callResourceApi(auth.session, judgingTime(jar), context);
  if (!call.ok) {
    if (call.reason === "resource_unreachable") {
      return apiError(502, "resource_unreachable", "The resource API did not answer the BFF.");
    }
    // The refresh was refused: the BFF session is gone, and so is the cookie naming it.
    await clearBffSessionCookie();
    return unauthorized("bff", call.reason);
  }
  const { hop, refreshed } = call;
  const answer = {
    user: toPublicUser(auth.user),
    refreshed,
    hops: [
      { from: "browser", to: "bff", credential: "bff_session_cookie", carriesToken: false },
      {
        from: "bff",
        to: "resource_api",
        credential: "bearer",
        carriesToken: true,
        tokenBytes: hop.tokenBytes,
        claims: hop.claims,
        status: hop.status,
        ms: Math.round(hop.ms * 10) / 10,
      },
    ],
    resource: { status: hop.status, body: hop.body },
  };
  if (hop.status === 200) return apiJson(answer);
  return apiError(
    409,
    "resource_refused",
    `The resource API refused the BFF's token (${hop.status}): it verifies with the published keys alone, so an HS256 or encrypted token is one it cannot check.`,
    { extra: answer },
  );
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });
