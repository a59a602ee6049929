// The workbench's editing parts (client: rendered inside the workbench's client component).
import { MISTAKE_LABEL } from "@/lib/threats/jwt-range/defences";

export const NAIVE_MISTAKES = Object.keys(MISTAKE_LABEL).filter((m) => m !== "weak_secret");

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
  return (
    <>
      <div className="grid gap-3 md:grid-cols-2">
        {(
          [
            ["header", "Header (JSON)", headerText],
            ["payload", "Payload (JSON)", payloadText],
          ] as const
        ).map(([part, label, text]) => (
          <label key={part} className="block text-sm">
            <span className="font-semibold">{label}</span>
            <textarea
              className="mt-1 h-36 w-full rounded border border-slate-300 p-2 font-mono text-xs"
              value={text}
              onChange={(e) => onEdit(part, e.target.value)}
              spellCheck={false}
            />
          </label>
        ))}
      </div>
      <label className="block text-sm">
        <span className="font-semibold">
          The token as sent (header.payload.signature; paste one to decode it)
        </span>
        <textarea
          aria-label="Token to send"
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
  return (
    <fieldset className="text-sm">
      <legend className="font-semibold">
        The naive verifier&apos;s mistakes (each one found in real code)
      </legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {NAIVE_MISTAKES.map((m) => (
          <label key={m} className="inline-flex items-center gap-1">
            <input type="checkbox" checked={mistakes.includes(m)} onChange={() => onToggle(m)} />{" "}
            {MISTAKE_LABEL[m]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
