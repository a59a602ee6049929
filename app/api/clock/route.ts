import { cookies } from "next/headers";
import { clockOffsetSeconds, MAX_OFFSET_SECONDS } from "@/lib/auth/clock";
import { config, cookieSettings } from "@/config";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { clockAdvanceSchema } from "@/lib/validation/lab";
import { route } from "@/lib/http/route";

/** Moves this browser's demo clock forward (never back): `{advanceSeconds}` → `{offsetSeconds}`. */
async function post(request: Request): Promise<Response> {
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

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });
