"use client";
// Client component: each lesson is a request this page sends as a thief would, with what a thief
// has (a copied token, a copied proof, a key of its own) — and the server's answer.

import { useState } from "react";
import { dpopFetch, loadDpopKey, storedDpopTokens, strangerKey } from "@/lib/dpop/client";
import { refreshDpop } from "./session";

interface Outcome {
  status: number;
  /** The RFC's error, from WWW-Authenticate or the JSON body. */
  error: string;
}

async function outcomeOf(response: Response): Promise<Outcome> {
  const challenge = /error="([^"]+)"/.exec(response.headers.get("www-authenticate") ?? "")?.[1];
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  return { status: response.status, error: challenge ?? body.error ?? (response.ok ? "ok" : "") };
}

function tokenOrThrow(): string {
  const token = storedDpopTokens()?.accessToken;
  if (!token) throw new Error("Log in with DPoP first.");
  return token;
}

interface Lesson {
  id: string;
  title: string;
  /** What the rule is, once the answer is in. */
  why: string;
  run: () => Promise<Outcome>;
}

const LESSONS: Lesson[] = [
  {
    id: "as-bearer",
    title: "Replay the copied token as a Bearer token",
    why: "A bound token (cnf.jkt) is never accepted as Bearer: otherwise a copy would simply drop the proof.",
    run: async () =>
      outcomeOf(
        await fetch("/api/jwt/me", { headers: { authorization: `Bearer ${tokenOrThrow()}` } }),
      ),
  },
  {
    id: "no-proof",
    title: "Replay it as DPoP, without a proof",
    why: "Every request needs a proof: the token alone proves nothing.",
    run: async () =>
      outcomeOf(
        await fetch("/api/jwt/me", { headers: { authorization: `DPoP ${tokenOrThrow()}` } }),
      ),
  },
  {
    id: "thief-key",
    title: "Replay it with a proof signed by the thief's own key",
    why: "The proof is valid — but its key's thumbprint is not the token's cnf.jkt. Only this browser's key matches, and it never left the browser.",
    run: async () =>
      outcomeOf(
        (await dpopFetch("/api/jwt/me", { accessToken: tokenOrThrow(), key: await strangerKey() }))
          .response,
      ),
  },
  {
    id: "replay-proof",
    title: "Copy a proof off the wire and send it again",
    why: "Each proof has a one-time jti, remembered by the server for the minute the proof could pass: the second use is refused.",
    run: async () => {
      const accessToken = tokenOrThrow();
      const first = await dpopFetch("/api/jwt/me", { accessToken });
      return outcomeOf(
        (await dpopFetch("/api/jwt/me", { accessToken, proof: first.proof })).response,
      );
    },
  },
  {
    id: "other-url",
    title: "Use a proof made for one URL at another",
    why: "The proof names its method and URL (htm, htu): one made for POST /api/jwt/me is refused at POST /api/jwt/claims.",
    run: async () =>
      outcomeOf(
        (
          await dpopFetch("/api/jwt/claims", {
            method: "POST",
            body: { claims: {} },
            accessToken: tokenOrThrow(),
            proofFor: { method: "POST", url: "/api/jwt/me" },
          })
        ).response,
      ),
  },
  {
    id: "thief-refresh",
    title: "Steal the refresh token and renew with the thief's key",
    why: "The whole refresh family is bound to this browser's key: the thief's renewal is refused before the token is spent, so the user's next refresh still works.",
    run: async () => {
      const { status, answer } = await refreshDpop(await strangerKey());
      return { status, error: answer.error ?? "" };
    },
  },
];

/** What an injected script can and cannot do with a non-extractable key. */
async function xssAttempt(): Promise<string> {
  const key = await loadDpopKey();
  let exported: string;
  try {
    await crypto.subtle.exportKey("jwk", key.privateKey);
    exported = "exported (this should never happen)";
  } catch (error) {
    exported = `refused (${error instanceof Error ? error.name : "error"})`;
  }
  const token = storedDpopTokens()?.accessToken ?? "";
  const used = await dpopFetch("/api/jwt/me", { accessToken: token });
  return `Read the token from localStorage: ${token.length} characters. Export the private key: ${exported}. Use the key from inside the page: the API answered ${used.response.status}.`;
}

export function DpopLessons({ onChange }: { onChange: () => void }) {
  const [outcomes, setOutcomes] = useState<Record<string, Outcome | string>>({});
  const [xss, setXss] = useState<string | null>(null);
  const run = async (lesson: Lesson) => {
    const outcome = await lesson.run().catch((error: unknown) => String(error));
    setOutcomes((previous) => ({ ...previous, [lesson.id]: outcome }));
    onChange();
  };
  return (
    <section className="space-y-3" aria-labelledby="dpop-lessons">
      <h2 id="dpop-lessons" className="text-lg font-semibold">
        Steal it — and see what a thief gets
      </h2>
      <p className="text-sm">
        On the{" "}
        <a className="underline" href="/jwt/bearer">
          localStorage variant
        </a>
        , a copied token works from anywhere until it expires. Here the thief has the token, the
        refresh token and every proof that crossed the wire — but not the key.
      </p>
      <ul className="space-y-2">
        {LESSONS.map((lesson) => {
          const outcome = outcomes[lesson.id];
          return (
            <li key={lesson.id} className="rounded border border-slate-200 p-2 text-sm">
              <button type="button" className="underline" onClick={() => void run(lesson)}>
                {lesson.title}
              </button>
              {outcome !== undefined && (
                <p data-testid={`dpop-lesson-${lesson.id}`} aria-live="polite">
                  {typeof outcome === "string" ? (
                    outcome
                  ) : (
                    <>
                      <strong>
                        {outcome.status} {outcome.error}
                      </strong>{" "}
                      — {lesson.why}
                    </>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <div className="rounded border border-red-300 bg-red-50 p-2 text-sm">
        <button type="button" className="underline" onClick={() => void xssAttempt().then(setXss)}>
          Run a script as an XSS would
        </button>
        {xss !== null && (
          <p data-testid="dpop-xss" aria-live="polite">
            {xss} Non-extractable limits theft, not abuse: while the page is open, an injected
            script can sign proofs with the key. The content security policy is what keeps it out.
          </p>
        )}
      </div>
    </section>
  );
}
