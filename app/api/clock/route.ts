import { cookies } from "next/headers";
import { clockOffsetSeconds, MAX_OFFSET_SECONDS } from "@/lib/auth/clock";
import { config, cookieSettings } from "@/lib/config";
import { methodNotAllowed, readJsonBody, rejectCrossSite } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { clockAdvanceSchema } from "@/lib/validation";

/** Moves this browser's demo clock forward (never back): `{advanceSeconds}` → `{offsetSeconds}`. */
export async function POST(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  if (!config.fastForward)
    return apiError(404, "clock_disabled", "The fast-forward clock is switched off here.");
  const body = await readJsonBody(request, clockAdvanceSchema);
  if (!body.ok) return body.response;
  const jar = await cookies();
  const offsetSeconds = Math.min(
    clockOffsetSeconds(jar) + body.data.advanceSeconds,
    MAX_OFFSET_SECONDS,
  );
  const { name, options } = cookieSettings.clock;
  jar.set(name, String(offsetSeconds), options);
  return apiJson({ offsetSeconds });
}

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
