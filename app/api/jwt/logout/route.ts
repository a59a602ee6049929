import { logOutOfJwt } from "@/lib/auth/login";
import { methodNotAllowed, rejectCrossSite } from "@/lib/http/request";

export async function POST(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  await logOutOfJwt();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
