"use client";
// Client component: the cracking runs in the learner's browser (a Web Worker), as it would on an
// attacker's machine — the server never learns a guess.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { RICH } from "@/app/_components/rich";
import { issueRangeToken, sendToVerifiers, type Verdicts } from "@/lib/threats/jwt-range/client";
import {
  hs256,
  joinToken,
  signingInput,
  splitToken,
  type CrackResult,
} from "@/lib/threats/jwt-range/forge";
import { VerdictPanel } from "./verdicts";
import { useAttempt } from "../use-attempt";
import { LAB_BUTTON as BUTTON } from "../buttons";

// log10 of 2^256: the guesses a 256-bit random secret needs, on average half of it.
const LOG10_2_256 = 256 * Math.log10(2);
const SECONDS_PER_YEAR = 365.25 * 24 * 3600;

/** The Worker stopped without a word: the panel says so in the visitor's language. */
class WorkerFailed extends Error {}

function crackInWorker(
  token: string,
  words: string[],
  onProgress: (tried: number) => void,
): Promise<CrackResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./crack-worker.ts", import.meta.url));
    worker.onmessage = (event: MessageEvent<{ type: string; tried: number } & CrackResult>) => {
      if (event.data.type === "progress") return onProgress(event.data.tried);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(event.message ? new Error(event.message) : new WorkerFailed());
    };
    worker.postMessage({ token, words });
  });
}

export function CrackPanel({
  onForged,
  mistakes,
}: {
  onForged: (token: string) => void;
  mistakes: string[];
}) {
  const [weak, setWeak] = useState<string | null>(null);
  const [tried, setTried] = useState(0);
  const [result, setResult] = useState<CrackResult | null>(null);
  const [verdicts, setVerdicts] = useState<{ verdicts: Verdicts; token: string } | null>(null);
  const { busy, error, setError, attempt } = useAttempt();
  const t = useTranslations("jwtRange.crack");
  const crack = () =>
    attempt(async () => {
      const token = weak ?? (await issueRangeToken("weak"));
      setWeak(token);
      setResult(null);
      setVerdicts(null);
      const words = (await (await fetch("/api/threats/jwt/wordlist")).text()).split("\n");
      const cracked = await crackInWorker(token, words, setTried).catch((e: unknown) => {
        if (!(e instanceof WorkerFailed)) throw e;
        setError(t("workerFailed"));
        return null;
      });
      setResult(cracked);
    });

  const forge = () =>
    attempt(async () => {
      const parts = weak && result?.secret != null ? splitToken(weak) : null;
      if (parts === null || result?.secret == null) return;
      const payload = { ...parts.payload, role: "admin" };
      const forged = joinToken({
        header: parts.header,
        payload,
        signature: hs256(signingInput(parts.header, payload), result.secret),
      });
      onForged(forged);
      setVerdicts({ verdicts: await sendToVerifiers(forged, "access", mistakes), token: forged });
    });

  const rate =
    result && result.milliseconds > 0
      ? Math.round((result.tried / result.milliseconds) * 1000)
      : null;
  const years = rate ? LOG10_2_256 - 1 - Math.log10(rate * SECONDS_PER_YEAR) : null;
  return (
    <section
      aria-labelledby="crack-title"
      className="space-y-3 rounded-md border border-slate-200 p-4"
    >
      <h3 id="crack-title" className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} disabled={busy} onClick={crack}>
          {t("crack")}
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={busy || result?.secret == null}
          onClick={forge}
        >
          {t("forge")}
        </button>
      </div>
      {busy && result === null && (
        <p className="text-sm" aria-live="polite">
          {t("progress", { tried: tried.toLocaleString("en") })}
        </p>
      )}
      {result && (
        <p className="text-sm" data-testid="crack-result" aria-live="polite">
          {result.secret === null
            ? t("notFound", { tried: result.tried.toLocaleString("en") })
            : t.rich("found", {
                ...RICH,
                secret: result.secret,
                tried: result.tried.toLocaleString("en"),
                ms: Math.round(result.milliseconds),
              })}
          {rate && t("rate", { rate: rate.toLocaleString("en") })}
          {years !== null && (
            <>
              {" "}
              {t("yearsBefore")}
              <sup>{Math.round(years)}</sup> {t("yearsAfter")}
            </>
          )}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {verdicts && <VerdictPanel verdicts={verdicts.verdicts} token={verdicts.token} />}
    </section>
  );
}
