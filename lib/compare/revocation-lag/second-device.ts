import "server-only";
import { cookieSettings } from "@/config";
import { currentLab, SHARED_LAB } from "@/ground/context";
import { labCookieValue } from "@/lib/auth/visitor-lab/cookie";
import { selfOrigin } from "@/ground/self-origin";

/**
 * A request to this server's own API from a client with no cookie jar — the device the meter's
 * logins live on — carrying only the cookies and headers given, and the lab's cookie when the
 * visitor works in a lab of their own. The events go through the very routes a browser calls.
 */
export async function postAsSecondDevice(
  path: string,
  { cookies = {}, headers = {}, body }: PostOptions,
): Promise<number> {
  const jar = Object.entries(cookies).map(([name, value]) => `${name}=${value}`);
  const lab = currentLab();
  if (lab !== SHARED_LAB) jar.push(`${cookieSettings.visitorLab.name}=${labCookieValue(lab)}`);
  const response = await fetch(`${selfOrigin()}${path}`, {
    method: "POST",
    headers: {
      ...headers,
      ...(jar.length > 0 ? { cookie: jar.join("; ") } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  await response.arrayBuffer(); // drained: the answer's status is all the meter needs
  return response.status;
}

interface PostOptions {
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
}
