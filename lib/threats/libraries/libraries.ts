import type { Library } from "@/lib/threats/libraries/library";
import { fastJwtLibrary } from "@/lib/threats/libraries/verifiers/fast-jwt";
import { joseLibrary } from "@/lib/threats/libraries/verifiers/jose";
import { jsonwebtokenLibrary } from "@/lib/threats/libraries/verifiers/jsonwebtoken";
import { jsrsasignLibrary } from "@/lib/threats/libraries/verifiers/jsrsasign";
import { jwtSimpleLibrary } from "@/lib/threats/libraries/verifiers/jwt-simple";
import { nodeRsLibrary } from "@/lib/threats/libraries/verifiers/node-rs";

/** The verifiers the matrix runs, in the order the page shows them. */
export const LIBRARIES: readonly Library[] = [
  jsonwebtokenLibrary,
  joseLibrary,
  jsrsasignLibrary,
  fastJwtLibrary,
  jwtSimpleLibrary,
  nodeRsLibrary,
];
