import { cookies } from "next/headers";
import { clientAddress } from "@/ground/client-address";
import { apiError } from "@/lib/http/responses";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { isRetiredInspectorId, subscribeToTraces } from "@/lib/inspect/trace-stream";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// Each open stream holds a connection and a listener: capped per browser, per client address
// (a new browser id is one page load away) and overall.
const LIMITS = { browser: 4, client: 8, overall: 200 };
const open = { browser: new Map<string, number>(), client: new Map<string, number>(), overall: 0 };

function count(map: Map<string, number>, key: string, delta: number): void {
  const next = (map.get(key) ?? 0) + delta;
  if (next > 0) map.set(key, next);
  else map.delete(key);
}

/** This browser's new traces as Server-Sent Events (`event: trace`), live. */
async function get(request: Request): Promise<Response> {
  const id = readInspectorId(await cookies());
  if (id === null) return apiError(400, "no_inspector", "Load a page of the lab first.");
  // Rotated away by a login: the browser reconnected before the login's answer gave it its new
  // cookie. Nothing to stream for this id: come back shortly (EventSource retries after a close).
  if (isRetiredInspectorId(id)) {
    return new Response("retry: 250\n\n", {
      headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const client = clientAddress(request.headers) ?? "unknown";
  if ((open.browser.get(id) ?? 0) >= LIMITS.browser) {
    return apiError(429, "too_many_streams", "Close another inspector tab first.");
  }
  if ((open.client.get(client) ?? 0) >= LIMITS.client || open.overall >= LIMITS.overall) {
    return apiError(429, "too_many_streams", "Too many live inspectors are open; this one polls.", {
      headers: { "Retry-After": "30" },
    });
  }
  count(open.browser, id, 1);
  count(open.client, client, 1);
  open.overall += 1;
  const encoder = new TextEncoder();
  let close = (): void => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      send("retry: 3000\n\n");
      let ended = false;
      const end = (reconnectMs?: number) => {
        if (ended) return;
        ended = true;
        close();
        // Ended by a rotation: the browser should come back at once, with its new cookie.
        if (reconnectMs !== undefined) send(`retry: ${reconnectMs}\n\n`);
        controller.close();
      };
      const unsubscribe = subscribeToTraces(
        id,
        (trace) => send(`event: trace\ndata: ${JSON.stringify(trace)}\n\n`),
        // The id was rotated (login): end, and the browser reconnects with its new cookie.
        () => end(50),
      );
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 15_000);
      close = () => {
        clearInterval(heartbeat);
        unsubscribe();
        count(open.browser, id, -1);
        count(open.client, client, -1);
        open.overall -= 1;
        close = () => {};
      };
      request.signal.addEventListener("abort", () => end());
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });
