import { route } from "@/lib/http/route";
import { CRACK_WORDS } from "@/lib/threats/jwt-range/keys";

/** The cracking exercise's dictionary: common passwords, most common first (zxcvbn-ts's list). */
async function get(): Promise<Response> {
  return new Response(CRACK_WORDS.join("\n"), {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "public, max-age=3600",
    },
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });
