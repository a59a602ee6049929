"use client";
// Client component: each lesson is a request this page sends as a thief would, with what a thief
// has (a copied token, a copied proof, a key of its own) — and the server's answer.

import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
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

/** No DPoP login in this browser: nothing for a thief to copy yet. */
class NoDpopLogin extends Error {}

function tokenOrThrow(): string {
  const token = storedDpopTokens()?.accessToken;
  if (!token) throw new NoDpopLogin("Log in with DPoP first.");
  return token;
}

/** A thief's try; its title and the rule it meets (`why`) are in the messages under its id. */
interface Lesson {
  id: "as-bearer" | "no-proof" | "thief-key" | "replay-proof" | "other-url" | "thief-refresh";
  run: () => Promise<Outcome>;
}

const LESSONS: Lesson[] = [
  {
    id: "as-bearer",
    run: async () =>
      outcomeOf(
        await fetch("/api/jwt/me", { headers: { authorization: `Bearer ${tokenOrThrow()}` } }),
      ),
  },
  {
    id: "no-proof",
    run: async () =>
      outcomeOf(
        await fetch("/api/jwt/me", { headers: { authorization: `DPoP ${tokenOrThrow()}` } }),
      ),
  },
  {
    id: "thief-key",
    run: async () =>
      outcomeOf(
        (await dpopFetch("/api/jwt/me", { accessToken: tokenOrThrow(), key: await strangerKey() }))
          .response,
      ),
  },
  {
    id: "replay-proof",
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
    run: async () => {
      const { status, answer } = await refreshDpop(await strangerKey());
      return { status, error: answer.error ?? "" };
    },
  },
];

interface XssResult {
  length: number;
  /** Null when the key was exported (which must never happen), else the browser's refusal. */
  refusal: string | null;
  status: number;
}

/** What an injected script can and cannot do with a non-extractable key. */
async function xssAttempt(): Promise<XssResult> {
  const key = await loadDpopKey();
  let refusal: string | null = null;
  try {
    await crypto.subtle.exportKey("jwk", key.privateKey);
  } catch (error) {
    refusal = error instanceof Error ? error.name : "error";
  }
  const token = storedDpopTokens()?.accessToken ?? "";
  const used = await dpopFetch("/api/jwt/me", { accessToken: token });
  return { length: token.length, refusal, status: used.response.status };
}

const BEARER_PAGE = {
  bearerPage: (chunks: ReactNode) => (
    <a className="underline" href="/jwt/bearer">
      {chunks}
    </a>
  ),
};

export function DpopLessons({ onChange }: { onChange: () => void }) {
  const t = useTranslations("dpopPage.lessons");
  const [outcomes, setOutcomes] = useState<Record<string, Outcome | string>>({});
  const [xss, setXss] = useState<XssResult | null>(null);
  const run = async (lesson: Lesson) => {
    const outcome = await lesson
      .run()
      .catch((error: unknown) => (error instanceof NoDpopLogin ? t("loginFirst") : String(error)));
    setOutcomes((previous) => ({ ...previous, [lesson.id]: outcome }));
    onChange();
  };
  return (
    <section className="space-y-3" aria-labelledby="dpop-lessons">
      <h2 id="dpop-lessons" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">{t.rich("intro", BEARER_PAGE)}</p>
      <ul className="space-y-2">
        {LESSONS.map((lesson) => {
          const outcome = outcomes[lesson.id];
          return (
            <li key={lesson.id} className="rounded border border-slate-200 p-2 text-sm">
              <button type="button" className="underline" onClick={() => void run(lesson)}>
                {t(`${lesson.id}.title`)}
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
                      — {t(`${lesson.id}.why`)}
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
          {t("xss")}
        </button>
        {xss !== null && (
          <p data-testid="dpop-xss" aria-live="polite">
            {t("xssResult", {
              length: xss.length,
              exported:
                xss.refusal === null ? t("exported") : t("exportRefused", { name: xss.refusal }),
              status: xss.status,
            })}{" "}
            {t("xssLesson")}
          </p>
        )}
      </div>
    </section>
  );
}
