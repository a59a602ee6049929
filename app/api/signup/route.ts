import { readJsonBody } from "@/lib/http/request";
import { clientAddress } from "@/ground/client-address";
import { apiError, apiJson, labUnavailable } from "@/lib/http/responses";
import { toPublicUser } from "@/lib/users/public-user";
import { registerUser } from "@/lib/auth/login/authenticate";
import { signupSchema } from "@/lib/validation/accounts";
import { route } from "@/lib/http/route";

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, signupSchema);
  if (!body.ok) return body.response;
  const result = await registerUser(body.data, clientAddress(request.headers));
  if (!result.ok && result.reason === "lab_unavailable") {
    return labUnavailable(result.retryAfterSeconds);
  }
  if (!result.ok && result.reason === "throttled") {
    return apiError(
      429,
      "too_many_signups",
      `Too many sign-ups from here. Try again in ${result.retryAfterSeconds} seconds.`,
      {
        headers: { "Retry-After": String(result.retryAfterSeconds) },
        extra: { retryAfter: result.retryAfterSeconds },
      },
    );
  }
  if (!result.ok && result.reason === "lab_full") {
    return apiError(409, "lab_full", "Your lab already holds as many accounts as it may.");
  }
  if (!result.ok) {
    return apiError(409, "username_taken", "That username is taken.", {
      extra: { fields: { username: ["That username is taken."] } },
    });
  }
  return apiJson({ user: toPublicUser(result.user) }, 201);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });
