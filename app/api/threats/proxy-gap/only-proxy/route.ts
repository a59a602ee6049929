import { route } from "@/lib/http/route";
import { proxyOnlyRoute } from "@/lib/threats/proxy-gate";

// Deliberately no DAL check: the session lab's example of trusting the proxy alone.
export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: proxyOnlyRoute });
