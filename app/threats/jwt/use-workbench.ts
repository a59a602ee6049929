import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Attack, AttackTarget, RangeMaterial } from "@/lib/threats/jwt-range/attacks";
import { loadMaterial, sendToVerifiers, type Verdicts } from "@/lib/threats/jwt-range/client";
import { joinToken, segmentForDisplay, splitToken } from "@/lib/threats/jwt-range/forge";
import { BEARER_STORAGE_KEY } from "@/lib/ui/storage-keys";
import { NAIVE_MISTAKES as MISTAKES } from "./editor";
import { useAttempt } from "../use-attempt";

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

/** The workbench's token, its decoded parts, the verifier's switches and the last verdicts. */
export interface Workbench {
  material: RangeMaterial | null;
  token: string;
  headerText: string;
  payloadText: string;
  target: AttackTarget;
  setTarget: (target: AttackTarget) => void;
  mistakes: string[];
  attack: Attack | null;
  genuine: string | undefined;
  verdicts: { verdicts: Verdicts; token: string } | null;
  busy: boolean;
  error: string | null;
  mineNote: boolean;
  show: (next: string) => void;
  edit: (part: "header" | "payload", text: string) => void;
  run: (chosen: Attack) => Promise<void>;
  send: () => Promise<void>;
  freshToken: () => Promise<void>;
  showMyToken: () => void;
  showForged: (forged: string) => void;
  toggle: (m: string) => void;
}

/** What each of the workbench's buttons and editors does to the token under test. */
export function useWorkbench(): Workbench {
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
  const t = useTranslations("jwtRange.workbench");

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
      (e: unknown) => setError(e),
    );
  }, [setError]); // useState's setter, handed out by useAttempt: stable, so this runs once

  /** An edit of the header or payload JSON re-encodes the token, keeping its signature. */
  const edit = (part: "header" | "payload", text: string) => {
    (part === "header" ? setHeaderText : setPayloadText)(text);
    const header = parseObject(part === "header" ? text : headerText);
    const payload = parseObject(part === "payload" ? text : payloadText);
    if (header && payload)
      setToken(joinToken({ header, payload, signature: token.split(".")[2] ?? "" }));
    setError(header && payload ? null : t("notJson", { part: header ? "payload" : "header" }));
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

  const freshToken = () =>
    attempt(async () => {
      if (material === null) return;
      const fresh = await material.issue("fresh");
      setAttack(null);
      setGenuine(undefined);
      setTarget("access");
      show(fresh);
    });

  // Only the localStorage variant's token is readable by script; the cookie one is HttpOnly.
  const showMyToken = () => {
    const mine = localStorage.getItem(BEARER_STORAGE_KEY);
    setAttack(null);
    setGenuine(undefined);
    setTarget("access");
    if (mine === null) {
      setError(t("noMine"));
      return;
    }
    setError(null);
    show(mine);
    setMineNote(true);
  };

  const showForged = (forged: string) => {
    setAttack(null);
    setGenuine(undefined);
    setTarget("access");
    show(forged);
  };

  const toggle = (m: string) =>
    setMistakes((on) => (on.includes(m) ? on.filter((x) => x !== m) : [...on, m]));

  return {
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
  };
}
