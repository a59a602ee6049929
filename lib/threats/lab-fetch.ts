/**
 * The threat labs' pages call their toy APIs with JSON (the proxy's CSRF rule asks for it). One
 * way to do it, for every lab's browser script.
 */

/**
 * A lab's answer that was not a success and said nothing more than its status: the page words it
 * in the visitor's language ("the lab answered 503").
 */
export class LabStatusError extends Error {
  constructor(readonly status: number) {
    super(`the lab answered ${status}`);
  }
}

async function send(url: string, data: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(data),
  });
}

/** The answer's body, or an Error carrying the API's own message. */
export async function readAnswer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (!response.ok) {
    throw body.message === undefined
      ? new LabStatusError(response.status)
      : new Error(body.message);
  }
  return body;
}

/** POSTs `data`; resolves with the body of a 2xx answer, throws the message of any other. */
export async function postJson<T>(url: string, data: unknown): Promise<T> {
  return readAnswer<T>(await send(url, data));
}

/** POSTs `data`; the status and body whatever they are (a step whose refusal is its lesson). */
export async function postJsonAnswer<T>(
  url: string,
  data: unknown,
): Promise<{ status: number; body: T }> {
  const response = await send(url, data);
  return { status: response.status, body: (await response.json().catch(() => ({}))) as T };
}
