import { route } from "@/lib/http/route";
import { dalCheckedRoute } from "@/lib/threats/proxy-gate";

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: dalCheckedRoute });
