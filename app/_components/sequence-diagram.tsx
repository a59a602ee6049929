import { formatMicros } from "@/app/_components/inspector/format";
import type { Sequence, SequenceMessage } from "@/lib/inspect/sequence";

/**
 * A sequence diagram drawn as SVG (text stays text: selectable, zoomable, read by screen readers)
 * with its text alternative beside it: the same messages as an ordered list. Used for the learn
 * pages' flows and for this browser's live traces alike.
 */

const COLUMN = 140;
const ROW = 38;
const SELF_ROW = 46;
const TOP = 44;

// The page's Content-Security-Policy allows no inline style (style="…"): every size and colour is a
// class, written out in full so Tailwind finds it. Widths: n lifelines × COLUMN + 70, scaled down
// with the container but never below three quarters (the text version is the way on a phone).
const WIDTH_CLASSES: Record<number, string> = {
  1: "max-w-[210px] min-w-[157px]",
  2: "max-w-[350px] min-w-[262px]",
  3: "max-w-[490px] min-w-[367px]",
  4: "max-w-[630px] min-w-[472px]",
  5: "max-w-[770px] min-w-[577px]",
  6: "max-w-[910px] min-w-[682px]",
};

function cost(message: SequenceMessage): string {
  const parts = [];
  if (message.micros !== undefined) parts.push(formatMicros(message.micros));
  if (message.queries !== undefined) {
    parts.push(`${message.queries} quer${message.queries === 1 ? "y" : "ies"}`);
  }
  return parts.join(", ");
}

/** The sentence the text alternative reads for one message. */
export function describeMessage(sequence: Sequence, message: SequenceMessage): string {
  const name = (id: string) => sequence.participants.find((p) => p.id === id)?.label ?? id;
  const measured = cost(message);
  const who =
    message.from === message.to
      ? `${name(message.from)} (itself)`
      : `${name(message.from)} → ${name(message.to)}`;
  return `${who}: ${message.label}${measured ? ` (${measured})` : ""}`;
}

export function SequenceDiagram({ sequence, id }: { sequence: Sequence; id: string }) {
  const x = new Map(sequence.participants.map((p, i) => [p.id, COLUMN / 2 + i * COLUMN]));
  // Room on the right for the label of a self-arrow on the last lifelines.
  const width = sequence.participants.length * COLUMN + 70;
  const rows: { message: SequenceMessage; y: number }[] = [];
  let y = TOP + 20;
  for (const message of sequence.messages) {
    rows.push({ message, y });
    y += message.from === message.to ? SELF_ROW : ROW;
  }
  const height = y + 4;
  return (
    <figure
      className="space-y-2"
      data-testid="sequence-diagram"
      data-participants={sequence.participants.map((p) => p.id).join(" ")}
    >
      {/* Focusable, so a keyboard can scroll a diagram wider than the screen. */}
      <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={sequence.title}>
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          viewBox={`0 0 ${width} ${height}`}
          className={`h-auto w-full text-slate-800 ${WIDTH_CLASSES[sequence.participants.length] ?? WIDTH_CLASSES[6]}`}
        >
          <title id={`${id}-title`}>
            {`${sequence.title}: a sequence diagram of ${sequence.messages.length} steps (text version below)`}
          </title>
          <defs>
            <marker
              id={`${id}-arrow`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
            </marker>
          </defs>
          {sequence.participants.map((p) => (
            <g key={p.id}>
              <rect
                x={x.get(p.id)! - 62}
                y={4}
                width={124}
                height={28}
                rx={5}
                className="fill-slate-100"
              />
              <text
                x={x.get(p.id)}
                y={22}
                textAnchor="middle"
                fontSize={11}
                fontWeight={600}
                fill="currentColor"
              >
                {p.label}
              </text>
              <line
                x1={x.get(p.id)}
                x2={x.get(p.id)}
                y1={32}
                y2={height}
                className="stroke-slate-300"
                strokeDasharray="4 3"
              />
            </g>
          ))}
          {rows.map(({ message, y: rowY }, i) => {
            const from = x.get(message.from) ?? 0;
            const to = x.get(message.to) ?? 0;
            const colour = message.failed ? "text-red-700" : "text-slate-700";
            const measured = cost(message);
            const text = measured ? `${message.label} · ${measured}` : message.label;
            if (from === to) {
              return (
                <g key={i} className={colour}>
                  <path
                    d={`M${from},${rowY} h28 v16 h-26`}
                    fill="none"
                    stroke="currentColor"
                    markerEnd={`url(#${id}-arrow)`}
                  />
                  <text x={from + 34} y={rowY + 12} fontSize={10} fill="currentColor">
                    {text}
                  </text>
                </g>
              );
            }
            const left = Math.min(from, to);
            return (
              <g key={i} className={colour}>
                <text
                  x={(from + to) / 2}
                  y={rowY - 5}
                  textAnchor="middle"
                  fontSize={10}
                  fill="currentColor"
                >
                  {text.length * 5.4 > Math.abs(to - from) + COLUMN - 20
                    ? `${text.slice(0, Math.floor((Math.abs(to - from) + COLUMN - 20) / 5.4) - 1)}…`
                    : text}
                </text>
                <line
                  x1={from}
                  x2={to > from ? to - 2 : to + 2}
                  y1={rowY}
                  y2={rowY}
                  stroke="currentColor"
                  strokeDasharray={left === to ? "5 3" : undefined}
                  markerEnd={`url(#${id}-arrow)`}
                />
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="text-sm">
        <details>
          <summary className="cursor-pointer">Text version: {sequence.title}</summary>
          <ol className="ml-5 list-decimal space-y-0.5" aria-label={`Steps of ${sequence.title}`}>
            {sequence.messages.map((message, i) => (
              <li
                key={i}
                data-testid="sequence-message"
                data-from={message.from}
                data-to={message.to}
                data-queries={message.queries ?? ""}
              >
                {describeMessage(sequence, message)}
              </li>
            ))}
          </ol>
        </details>
      </figcaption>
    </figure>
  );
}
