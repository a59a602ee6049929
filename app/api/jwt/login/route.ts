import { headers } from "next/headers";
import { checkRequestDpop } from "@/lib/auth/jwt/dpop-check";
import { logInWithJwt } from "@/lib/auth/login/login";
import { rotateInspectorId } from "@/lib/inspect/rotate-id";
import { readJsonBody } from "@/lib/http/request";
import { apiJson, dpopProofRefused, loginRefused } from "@/lib/http/responses";
import { jwtLoginSchema } from "@/lib/validation/jwt-requests";
import { route } from "@/lib/http/route";

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, jwtLoginSchema);
  if (!body.ok) return body.response;
  const { transport } = body.data;
  // A DPoP login proves the key before the password is tried: a refused proof costs no argon2id
  // and no throttle budget, and the tokens are bound to the key it proved (RFC 9449 §5).
  let jkt: string | undefined;
  if (transport === "dpop") {
    const proof = await checkRequestDpop(await headers());
    if (!proof.ok) return dpopProofRefused(proof.error);
    jkt = proof.jkt;
  }
  const login = await logInWithJwt(body.data, transport, jkt);
  if (!login.ok) return loginRefused(login);
  await rotateInspectorId();
  // The tokens are returned for clients that send them themselves (C05, C21); a cookie client
  // gets its refresh token only as an HttpOnly cookie, never where page script could read it.
  const keepsTokens = transport !== "cookie";
  return apiJson({
    accessToken: login.token,
    tokenType: transport === "dpop" ? "DPoP" : "Bearer",
    expiresIn: login.claims.exp - login.claims.iat,
    ...(keepsTokens ? { refreshToken: login.refreshToken } : {}),
    user: login.user,
    clockReset: login.clockReset,
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });
