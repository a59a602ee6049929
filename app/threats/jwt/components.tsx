"use client";
// Client component: the workbench edits, re-encodes and forges tokens in the browser, as an
// attacker would — the server only answers the two verdicts.

import { ATTACKS, type AttackTarget } from "@/lib/threats/jwt-range/attacks";
import { ATTACKS_2026 } from "@/lib/threats/jwt-range/attacks-2026";
import { MistakeSwitches, TokenEditor } from "./editor";
import { VerdictPanel } from "./verdicts";
import { AttackButtons } from "./attack-buttons";
import { CrackPanel } from "./crack";
import { useWorkbench } from "./use-workbench";
import { LAB_BUTTON as BUTTON, LAB_PRIMARY_BUTTON } from "../buttons";

const CLASSIC_ATTACKS = ATTACKS.filter((a) => !ATTACKS_2026.includes(a));

export function JwtWorkbench() {
  const {
    material,
    token,
    headerText,
    payloadText,
    target,
    setTarget,
    mistakes,
    attack,
    genuine,
    verdicts,
    busy,
    error,
    mineNote,
    show,
    edit,
    run,
    send,
    freshToken,
    showMyToken,
    showForged,
    toggle,
  } = useWorkbench();

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
            onClick={() => freshToken()}
          >
            A fresh genuine token
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={busy || material === null}
            onClick={showMyToken}
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
      <CrackPanel onForged={showForged} mistakes={mistakes} />
    </div>
  );
}
