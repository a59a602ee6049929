import type { Library } from "@/lib/threats/libraries/library";
import { cloudflareWorkerJwtLibrary } from "@/lib/threats/libraries/verifiers/cloudflare-worker-jwt";
import { fastJwtLibrary } from "@/lib/threats/libraries/verifiers/fast-jwt";
import { honoLibrary } from "@/lib/threats/libraries/verifiers/hono";
import { joseLibrary } from "@/lib/threats/libraries/verifiers/jose";
import { jsonwebtokenLibrary } from "@/lib/threats/libraries/verifiers/jsonwebtoken";
import { jsrsasignLibrary } from "@/lib/threats/libraries/verifiers/jsrsasign";
import { jwtSimpleLibrary } from "@/lib/threats/libraries/verifiers/jwt-simple";

/** The verifiers the matrix runs, in the order the page shows them. */
export const LIBRARIES: readonly Library[] = [
  jsonwebtokenLibrary,
  joseLibrary,
  jsrsasignLibrary,
  fastJwtLibrary,
  jwtSimpleLibrary,
  honoLibrary,
  cloudflareWorkerJwtLibrary,
];
