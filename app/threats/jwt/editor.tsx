// The workbench's editing parts (client: rendered inside the workbench's client component).
import { useTranslations } from "next-intl";
import { MISTAKES } from "@/lib/threats/jwt-range/mistakes";

/** The mistakes the naive verifier can be switched to make, one switch each. */
export const NAIVE_MISTAKES: string[] = [...MISTAKES];

/** The header and payload as JSON, and the compact token they encode to (editable both ways). */
export function TokenEditor({
  headerText,
  payloadText,
  token,
  onEdit,
  onToken,
}: {
  headerText: string;
  payloadText: string;
  token: string;
  onEdit: (part: "header" | "payload", text: string) => void;
  onToken: (token: string) => void;
}) {
  const t = useTranslations("jwtRange.editor");
  return (
    <>
      <div className="grid gap-3 md:grid-cols-2">
        {(
          [
            ["header", t("header"), headerText],
            ["payload", t("payload"), payloadText],
          ] as const
        ).map(([part, label, text]) => (
          <label key={part} className="block text-sm">
            <span className="font-semibold">{label}</span>
            <textarea
              translate="no"
              className="mt-1 h-36 w-full rounded border border-slate-300 p-2 font-mono text-xs"
              value={text}
              onChange={(e) => onEdit(part, e.target.value)}
              spellCheck={false}
            />
          </label>
        ))}
      </div>
      <label className="block text-sm">
        <span className="font-semibold">{t("token")}</span>
        <textarea
          translate="no"
          aria-label={t("tokenLabel")}
          className="mt-1 h-24 w-full rounded border border-slate-300 p-2 font-mono text-xs break-all"
          value={token}
          onChange={(e) => onToken(e.target.value)}
          spellCheck={false}
        />
      </label>
    </>
  );
}

/** One switch per mistake the naive verifier can make. */
export function MistakeSwitches({
  mistakes,
  onToggle,
}: {
  mistakes: string[];
  onToggle: (mistake: string) => void;
}) {
  const t = useTranslations("jwtRange");
  return (
    <fieldset className="text-sm">
      <legend className="font-semibold">{t("editor.mistakes")}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {NAIVE_MISTAKES.map((m) => (
          <label key={m} className="inline-flex items-center gap-1">
            <input type="checkbox" checked={mistakes.includes(m)} onChange={() => onToggle(m)} />{" "}
            {t(`mistakes.${m}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
