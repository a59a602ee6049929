import { methodNotAllowed } from "@/lib/http/request";
import { storeAware } from "@/lib/http/store-aware";

/**
 * One way to write a route file: `export const { GET, POST, PUT, PATCH, DELETE } = route({ POST })`.
 * Each handler given is wrapped in the store-outage mapping (a networked session store that is
 * away answers 503, never 500); every other method answers a JSON 405 with `Allow`. The CSRF rule
 * is the proxy's, once for every non-GET request. So a route file holds only its own logic.
 */

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Next passes (request, context)
type Handler = (...args: any[]) => Promise<Response>;

export type RouteExports<H extends Partial<Record<Method, Handler>>> = {
  [M in Method]: M extends keyof H ? NonNullable<H[M]> : () => Response;
};

export function route<H extends Partial<Record<Method, Handler>>>(handlers: H): RouteExports<H> {
  const allowed = METHODS.filter((method) => handlers[method] !== undefined);
  const refuse = methodNotAllowed(...allowed);
  return Object.fromEntries(
    METHODS.map((method) => {
      const handler = handlers[method];
      return [method, handler === undefined ? refuse : storeAware(handler)];
    }),
  ) as RouteExports<H>;
}
