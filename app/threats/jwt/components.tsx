"use client";
// Client component: the workbench edits, re-encodes and forges tokens in the browser, as an
// attacker would — the server only answers the two verdicts.

import { useTranslations } from "next-intl";
import { RICH } from "@/app/_components/rich";
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
  const t = useTranslations("jwtRange");
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
          label={t("workbench.classicLabel")}
          intro={t("workbench.classicIntro")}
          attacks={CLASSIC_ATTACKS}
          disabled={busy || material === null}
          onRun={run}
        />
        <AttackButtons
          label={t("workbench.modernLabel")}
          intro={t("workbench.modernIntro")}
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
            {t("workbench.fresh")}
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={busy || material === null}
            onClick={showMyToken}
          >
            {t("workbench.mine")}
          </button>
        </div>
        {attack && (
          <p className="mt-2 text-sm text-slate-700" data-testid="attack-how">
            <strong>{t(`attacks.${attack.id}.title`)}.</strong>{" "}
            {t.rich(`attacks.${attack.id}.how`, RICH)}
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
          {t("workbench.checkAs")}{" "}
          <select
            className="rounded border border-slate-300 px-1"
            value={target}
            onChange={(e) => setTarget(e.target.value as AttackTarget)}
          >
            <option value="access">{t("workbench.asAccess")}</option>
            <option value="pass">{t("workbench.asPass")}</option>
          </select>
        </label>
        <button
          type="button"
          className={LAB_PRIMARY_BUTTON}
          disabled={busy || token === ""}
          onClick={send}
        >
          {t("workbench.send")}
        </button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {mineNote && (
        <p className="text-sm text-slate-700" data-testid="mine-note">
          {t.rich("workbench.mineNote", RICH)}
        </p>
      )}
      {verdicts && (
        <VerdictPanel verdicts={verdicts.verdicts} token={verdicts.token} genuine={genuine} />
      )}
      <CrackPanel onForged={showForged} mistakes={mistakes} />
    </div>
  );
}
