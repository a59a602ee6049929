"use client";
// Client component: the session lab's steps are requests this browser makes in order (plant a
// cookie, log in, look again), and the page shows each answer as it comes.

import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { RICH } from "@/app/_components/rich";
import { postJsonAnswer } from "@/lib/threats/lab-fetch";
import { LAB_BUTTON as BUTTON } from "../buttons";

const PLANTED_KEY = "lab_fixation_planted"; // the attacker's value, kept across reloads of the tab

interface FixationView {
  planted: { fingerprint: string; lookup: string };
  cookie: { fingerprint: string | null; sameAsPlanted: boolean; user: string | null };
}

export function FixationLab() {
  const t = useTranslations("threats.session.fixation");
  const [planted, setPlanted] = useState<string | null>(null);
  useEffect(() => {
    const kept = sessionStorage.getItem(PLANTED_KEY);
    if (kept !== null) queueMicrotask(() => setPlanted(kept));
  }, []);
  const [login, setLogin] = useState<string | null>(null);
  const [view, setView] = useState<FixationView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const plant = async () => {
    setError(null);
    setView(null);
    setLogin(null);
    const { status, body } = await postJsonAnswer<{ planted?: string; message?: string }>(
      "/api/threats/session/plant",
      {},
    );
    if (status !== 201 || body.planted === undefined)
      return setError(body.message ?? t("answered", { status }));
    sessionStorage.setItem(PLANTED_KEY, body.planted);
    setPlanted(body.planted);
  };

  const logIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { status, body } = await postJsonAnswer<{ message?: string }>("/api/session/login", {
      username: form.get("username"),
      password: form.get("password"),
    });
    setLogin(status === 200 ? t("loggedIn") : (body.message ?? t("answered", { status })));
  };

  const look = async () => {
    if (planted === null) return;
    const { status, body } = await postJsonAnswer<FixationView & { message?: string }>(
      "/api/threats/session/fixation",
      { planted },
    );
    if (status !== 200) return setError(body.message ?? t("answered", { status }));
    setView(body);
  };

  return (
    <div className="space-y-3 text-sm">
      <ol className="list-decimal space-y-3 pl-5">
        <li>
          <button type="button" className={BUTTON} onClick={plant}>
            {t("plant")}
          </button>
          {planted && (
            <p className="mt-1" data-testid="planted">
              {t("planted")}
            </p>
          )}
        </li>
        <li>
          <form
            onSubmit={logIn}
            className="flex flex-wrap items-end gap-2"
            aria-label={t("formLabel")}
          >
            <label>
              {t("username")}{" "}
              <input
                name="username"
                autoComplete="username"
                className="rounded border border-slate-300 px-1"
                defaultValue="alice"
              />
            </label>
            <label>
              {t("password")}{" "}
              <input
                name="password"
                type="password"
                autoComplete="current-password"
                className="rounded border border-slate-300 px-1"
              />
            </label>
            <button type="submit" className={BUTTON} disabled={planted === null}>
              {t("logIn")}
            </button>
          </form>
          {login && (
            <p className="mt-1" aria-live="polite">
              {login}
            </p>
          )}
        </li>
        <li>
          <button type="button" className={BUTTON} disabled={planted === null} onClick={look}>
            {t("look")}
          </button>
        </li>
      </ol>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {view && <FixationResult view={view} />}
    </div>
  );
}

function FixationResult({ view }: { view: FixationView }) {
  const t = useTranslations("threats.session.fixation");
  const fixed = view.planted.lookup === "valid";
  return (
    <div
      className="space-y-2 rounded-md border border-slate-200 p-3"
      data-testid="fixation-result"
      data-fixed={fixed}
    >
      <p>
        {t.rich("tried", { ...RICH, fingerprint: view.planted.fingerprint })}{" "}
        <strong>
          {fixed ? t("worked") : t.rich("refused", { ...RICH, reason: view.planted.lookup })}
        </strong>
        .
      </p>
      <p>
        {t("cookieNow")}{" "}
        {view.cookie.fingerprint === null ? (
          t("none")
        ) : (
          <>
            {t("fingerprint")} <code>{view.cookie.fingerprint}</code>,{" "}
            {view.cookie.sameAsPlanted ? t("stillPlanted") : t("fresh")}
            {view.cookie.user && (
              <>
                {t("loggedInAs")} <span translate="no">{view.cookie.user}</span>
              </>
            )}
            .
          </>
        )}
      </p>
      <p className="text-slate-700">{t("lesson", { user: view.cookie.user ?? t("theVictim") })}</p>
    </div>
  );
}
