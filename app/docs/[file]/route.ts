import { apiError } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { docsPageOf, readDocsPage } from "@/lib/learn/docs";

/**
 * A developer doc as plain text (the Markdown the repository holds), for the pages that link to
 * the reference behind them. Plain text: a browser shows it, and nothing in it can run.
 */
async function get(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const page = docsPageOf((await params).file);
  if (page === null) return apiError(404, "not_found", "There is no such page in docs/.");
  return new Response(await readDocsPage(page), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });
