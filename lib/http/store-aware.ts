import { storeUnavailable } from "@/lib/http/responses";
import { isStoreUnavailable } from "@/lib/session-store/store";

/**
 * For route handlers that reach the session store: when a networked store (Redis) is away, the
 * answer is 503 `store_unavailable` with Retry-After, not a bare 500. Other errors are bugs and
 * propagate as such.
 */
export function storeAware<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isStoreUnavailable(error)) return storeUnavailable();
      throw error;
    }
  };
}
