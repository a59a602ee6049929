"use client";
// Client component: the session lab's steps are requests this browser makes in order (plant a
// cookie, log in, look again), and the page shows each answer as it comes.

import { useEffect, useState, type FormEvent } from "react";
import { postJsonAnswer } from "@/lib/threats/lab-fetch";
import { LAB_BUTTON as BUTTON } from "../buttons";

const PLANTED_KEY = "lab_fixation_planted"; // the attacker's value, kept across reloads of the tab

interface FixationView {
  planted: { fingerprint: string; lookup: string };
  cookie: { fingerprint: string | null; sameAsPlanted: boolean; user: string | null };
}

export function FixationLab() {
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
      return setError(body.message ?? `answered ${status}`);
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
    setLogin(
      status === 200
        ? "Logged in: the server answered 200 and set its own session cookie."
        : (body.message ?? `answered ${status}`),
    );
  };

  const look = async () => {
    if (planted === null) return;
    const { status, body } = await postJsonAnswer<FixationView & { message?: string }>(
      "/api/threats/session/fixation",
      { planted },
    );
    if (status !== 200) return setError(body.message ?? `answered ${status}`);
    setView(body);
  };

  return (
    <div className="space-y-3 text-sm">
      <ol className="list-decimal space-y-3 pl-5">
        <li>
          <button type="button" className={BUTTON} onClick={plant}>
            Plant a session cookie (as the attacker)
          </button>
          {planted && (
            <p className="mt-1" data-testid="planted">
              Planted: this browser now sends a session cookie whose value the attacker chose and
              knows (this tab keeps it too, for step 3). It is no credential: no session has it.
            </p>
          )}
        </li>
        <li>
          <form
            onSubmit={logIn}
            className="flex flex-wrap items-end gap-2"
            aria-label="Log in as the victim"
          >
            <label>
              Username{" "}
              <input
                name="username"
                autoComplete="username"
                className="rounded border border-slate-300 px-1"
                defaultValue="alice"
              />
            </label>
            <label>
              Password{" "}
              <input
                name="password"
                type="password"
                autoComplete="current-password"
                className="rounded border border-slate-300 px-1"
              />
            </label>
            <button type="submit" className={BUTTON} disabled={planted === null}>
              Log in to the session area (as the victim)
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
            What became of the planted cookie?
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
  const fixed = view.planted.lookup === "valid";
  return (
    <div
      className="space-y-2 rounded-md border border-slate-200 p-3"
      data-testid="fixation-result"
      data-fixed={fixed}
    >
      <p>
        The planted value (fingerprint <code>{view.planted.fingerprint}</code>), tried as a session
        token:{" "}
        <strong>
          {fixed ? "a valid session — fixation worked" : `${view.planted.lookup} (401)`}
        </strong>
        .
      </p>
      <p>
        This browser&apos;s session cookie now:{" "}
        {view.cookie.fingerprint === null ? (
          "none"
        ) : (
          <>
            fingerprint <code>{view.cookie.fingerprint}</code>,{" "}
            {view.cookie.sameAsPlanted
              ? "still the planted value"
              : "a fresh token the server issued at login"}
            {view.cookie.user && <>, logged in as {view.cookie.user}</>}.
          </>
        )}
      </p>
      <p className="text-slate-700">
        A vulnerable server keeps the session id it is handed and marks it logged in: the attacker,
        who planted it, would now be {view.cookie.user ?? "the victim"}. Here the login threw the
        planted value away; the attacker holds a token no session has.
      </p>
    </div>
  );
}
