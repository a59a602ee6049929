import { cookies } from "next/headers";
import { methodNotAllowed } from "@/lib/http/request";
import { apiError } from "@/lib/http/responses";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { subscribeToTraces } from "@/lib/inspect/traces";

export const dynamic = "force-dynamic";

const MAX_STREAMS_PER_BROWSER = 4;
const open = new Map<string, number>();

/** This browser's new traces as Server-Sent Events (`event: trace`), live. */
export async function GET(request: Request): Promise<Response> {
  const id = readInspectorId(await cookies());
  if (id === null) return apiError(400, "no_inspector", "Load a page of the lab first.");
  if ((open.get(id) ?? 0) >= MAX_STREAMS_PER_BROWSER) {
    return apiError(429, "too_many_streams", "Close another inspector tab first.");
  }
  open.set(id, (open.get(id) ?? 0) + 1);
  const encoder = new TextEncoder();
  let close = (): void => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      send("retry: 3000\n\n");
      const unsubscribe = subscribeToTraces(id, (trace) =>
        send(`event: trace\ndata: ${JSON.stringify(trace)}\n\n`),
      );
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 15_000);
      close = () => {
        clearInterval(heartbeat);
        unsubscribe();
        const remaining = (open.get(id) ?? 1) - 1;
        if (remaining > 0) open.set(id, remaining);
        else open.delete(id);
        close = () => {};
      };
      request.signal.addEventListener("abort", () => {
        close();
        controller.close();
      });
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
