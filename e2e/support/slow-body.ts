import http from "node:http";
import type { APIRequestContext } from "@playwright/test";
import { e2eBaseURL } from "./env";

/**
 * A request whose headers go at once and whose JSON body only once `release` settles: a slow
 * request body, during which the server has already let the request in (its checks that run
 * before the body is read are done). Answers the status.
 */
export function slowJsonRequest(
  method: "POST" | "PATCH",
  path: string,
  cookie: string,
  body: object,
  release: Promise<void>,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const payload = JSON.stringify(body);
    const request = http.request(
      new URL(path, e2eBaseURL),
      {
        method,
        headers: {
          cookie,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.flushHeaders();
    void release.then(() => request.end(payload));
  });
}

/** The `Cookie` header that carries a client's session cookie. */
export async function sessionCookieOf(client: APIRequestContext): Promise<string> {
  const { cookies } = await client.storageState();
  const session = cookies.find((cookie) => cookie.name === "lab_session");
  if (session === undefined) throw new Error("not logged in to the session area");
  return `lab_session=${session.value}`;
}

/** Half a second of silence: long enough for both racing requests to be let in. */
export function slowBodyDelay(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 500));
}
