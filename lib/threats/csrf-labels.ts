import type { LabCredential } from "./csrf-bank";

/** How the CSRF lab names each of its credentials, on the server's pages and in the client. */
export const CREDENTIAL_LABEL: Record<LabCredential, string> = {
  none: "cookie SameSite=None",
  lax: "cookie SameSite=Lax",
  strict: "cookie SameSite=Strict",
  bearer: "Authorization: Bearer header",
};
