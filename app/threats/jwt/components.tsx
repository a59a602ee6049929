"use client";
// Client component: the workbench edits, re-encodes and forges tokens in the browser, as an
// attacker would — the server only answers the two verdicts.

import { useEffect, useState } from "react";
import {
  ATTACKS,
  type Attack,
  type AttackTarget,
  type RangeMaterial,
} from "@/lib/threats/jwt-range/attacks";
import { ATTACKS_2026 } from "@/lib/threats/jwt-range/attacks-2026";
import { loadMaterial, sendToVerifiers, type Verdicts } from "@/lib/threats/jwt-range/client";
import { joinToken, segmentForDisplay, splitToken } from "@/lib/threats/jwt-range/forge";
import { BEARER_STORAGE_KEY } from "@/lib/ui/storage-keys";
import { MistakeSwitches, NAIVE_MISTAKES as MISTAKES, TokenEditor } from "./editor";
import { VerdictPanel } from "./verdicts";
import { AttackButtons } from "./attack-buttons";
import { useAttempt } from "../use-attempt";
import { CrackPanel } from "./crack";
import { LAB_BUTTON as BUTTON, LAB_PRIMARY_BUTTON } from "../buttons";

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const CLASSIC_ATTACKS = ATTACKS.filter((a) => !ATTACKS_2026.includes(a));

export function JwtWorkbench() {
  const [material, setMaterial] = useState<RangeMaterial | null>(null);
  const [token, setToken] = useState("");
  const [headerText, setHeaderText] = useState("");
  const [payloadText, setPayloadText] = useState("");
  const [target, setTarget] = useState<AttackTarget>("access");
  const [mistakes, setMistakes] = useState<string[]>(MISTAKES);
  const [attack, setAttack] = useState<Attack | null>(null);
  const [genuine, setGenuine] = useState<string | undefined>(undefined);
  const [verdicts, setVerdicts] = useState<{ verdicts: Verdicts; token: string } | null>(null);
  const { busy, error, setError, attempt } = useAttempt();
  const [mineNote, setMineNote] = useState(false);

  const show = (next: string) => {
    setMineNote(false);
    setToken(next);
    // A JWE's header is JSON too (its p2c, its alg); its payload is ciphertext.
    const [header = "", payload = ""] = next.trim().split(".");
    setHeaderText(segmentForDisplay(header) ?? "");
    setPayloadText(splitToken(next) ? (segmentForDisplay(payload) ?? "") : "");
    setVerdicts(null);
  };

  useEffect(() => {
    loadMaterial().then(
      async (m) => {
        show(await m.issue("fresh"));
        setMaterial(m); // the buttons come alive once the first token is in place
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [setError]); // useState's setter, handed out by useAttempt: stable, so this runs once

  /** An edit of the header or payload JSON re-encodes the token, keeping its signature. */
  const edit = (part: "header" | "payload", text: string) => {
    (part === "header" ? setHeaderText : setPayloadText)(text);
    const header = parseObject(part === "header" ? text : headerText);
    const payload = parseObject(part === "payload" ? text : payloadText);
    if (header && payload)
      setToken(joinToken({ header, payload, signature: token.split(".")[2] ?? "" }));
    setError(
      header && payload ? null : `The ${header ? "payload" : "header"} is not a JSON object.`,
    );
    setVerdicts(null);
  };

  const run = (chosen: Attack) =>
    attempt(async () => {
      if (material === null) return;
      const built = await chosen.build(material);
      setAttack(chosen);
      setTarget(built.target);
      setGenuine(built.genuine);
      show(built.token);
      setVerdicts({
        verdicts: await sendToVerifiers(built.token, built.target, mistakes, built.warm),
        token: built.token,
      });
    });

  const send = () =>
    attempt(async () => {
      setVerdicts({ verdicts: await sendToVerifiers(token, target, mistakes), token });
    });

  // Only the localStorage variant's token is readable by script; the cookie one is HttpOnly.
  const useMine = () => {
    const mine = localStorage.getItem(BEARER_STORAGE_KEY);
    setAttack(null);
    setGenuine(undefined);
    setTarget("access");
    if (mine === null) {
      setError(
        "No JWT area token readable here: the cookie transport keeps it HttpOnly. Log in on the JWT area's localStorage page (/jwt/bearer) to bring one.",
      );
      return;
    }
    setError(null);
    show(mine);
    setMineNote(true);
  };

  const toggle = (m: string) =>
    setMistakes((on) => (on.includes(m) ? on.filter((x) => x !== m) : [...on, m]));

  return (
    <div className="space-y-4">
      <div className="space-y-3">
        <AttackButtons
          label="Classic attacks"
          intro="One click per classic attack (it builds the token below, then sends it):"
          attacks={CLASSIC_ATTACKS}
          disabled={busy || material === null}
          onRun={run}
        />
        <AttackButtons
          label="2025–26 attacks"
          intro="The classes of RFC 8725bis and the JWT CVEs of 2025–26 (each explained below the workbench):"
          attacks={ATTACKS_2026}
          disabled={busy || material === null}
          onRun={run}
        />
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={BUTTON}
            disabled={busy || material === null}
            onClick={() =>
              attempt(async () => {
                if (material === null) return;
                const fresh = await material.issue("fresh");
                setAttack(null);
                setGenuine(undefined);
                setTarget("access");
                show(fresh);
              })
            }
          >
            A fresh genuine token
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={busy || material === null}
            onClick={useMine}
          >
            My JWT area token
          </button>
        </div>
        {attack && (
          <p className="mt-2 text-sm text-slate-700" data-testid="attack-how">
            <strong>{attack.title}.</strong> {attack.how}
          </p>
        )}
      </div>
      <TokenEditor
        headerText={headerText}
        payloadText={payloadText}
        token={token}
        onEdit={edit}
        onToken={show}
      />
      <MistakeSwitches mistakes={mistakes} onToggle={toggle} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label>
          Check it as{" "}
          <select
            className="rounded border border-slate-300 px-1"
            value={target}
            onChange={(e) => setTarget(e.target.value as AttackTarget)}
          >
            <option value="access">an access token</option>
            <option value="pass">a check-in pass</option>
          </select>
        </label>
        <button
          type="button"
          className={LAB_PRIMARY_BUTTON}
          disabled={busy || token === ""}
          onClick={send}
        >
          Send to both verifiers
        </button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {mineNote && (
        <p className="text-sm text-slate-700" data-testid="mine-note">
          Your own token is signed by the app&apos;s key, which the range does not hold: the
          app&apos;s verifier here refuses it by its <code>kid</code>, and so does the naive one
          unless it only decodes. Either way the range answers a verdict, never a login: it can not
          accept a real credential for anything, nor a forged copy of one.
        </p>
      )}
      {verdicts && (
        <VerdictPanel verdicts={verdicts.verdicts} token={verdicts.token} genuine={genuine} />
      )}
      <CrackPanel
        onForged={(forged) => {
          setAttack(null);
          setGenuine(undefined);
          setTarget("access");
          show(forged);
        }}
        mistakes={mistakes}
      />
    </div>
  );
}
