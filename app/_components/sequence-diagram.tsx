import { useTranslations } from "next-intl";
import { formatMicros } from "@/app/_components/inspector/format";
import { layOutSequence, type DrawnRow } from "@/lib/inspect/sequence-layout";
import type { Sequence, SequenceMessage } from "@/lib/inspect/sequence";
import { sayPhrase, type Translate } from "@/lib/ui/phrase";

/**
 * A sequence diagram drawn as SVG (text stays text: selectable, zoomable, read by screen readers)
 * with its text alternative beside it: the same messages as an ordered list. Used for the learn
 * pages' flows and for this browser's live traces alike. Its words arrive as phrases and are said
 * here, in the reader's language.
 */

// The page's Content-Security-Policy allows no inline style (style="…"): every size is an SVG
// attribute or a class. The drawing keeps its own width (no label is cut or shrunk to nothing)
// and scrolls sideways inside its named, focusable box when the screen is narrower.

function cost(t: Translate, message: SequenceMessage): string {
  const parts = [];
  if (message.micros !== undefined) parts.push(formatMicros(message.micros));
  if (message.queries !== undefined) {
    parts.push(t("diagrams.chrome.queries", { count: message.queries }));
  }
  return parts.join(", ");
}

/** The sentence the text alternative reads for one message. */
function describeMessage(
  t: Translate,
  names: Map<string, string>,
  message: SequenceMessage,
): string {
  const name = (id: string) => names.get(id) ?? id;
  const measured = cost(t, message);
  const who =
    message.from === message.to
      ? t("diagrams.chrome.itself", { name: name(message.from) })
      : `${name(message.from)} → ${name(message.to)}`;
  return `${who}: ${sayPhrase(t, message.label)}${measured ? ` (${measured})` : ""}`;
}

function Row({ row, id }: { row: DrawnRow; id: string }) {
  const colour = row.failed ? "text-red-700" : "text-slate-700";
  const lines = row.lines.map((line, i) => (
    <tspan key={i} x={row.textX} dy={i === 0 ? 0 : 12}>
      {line}
    </tspan>
  ));
  if (row.self) {
    return (
      <g className={colour}>
        <path
          d={`M${row.from},${row.y} h28 v16 h-26`}
          fill="none"
          stroke="currentColor"
          markerEnd={`url(#${id}-arrow)`}
        />
        <text x={row.textX} y={row.y + 12} fontSize={10} fill="currentColor">
          {lines}
        </text>
      </g>
    );
  }
  return (
    <g className={colour}>
      <text
        x={row.textX}
        y={row.y - 5 - (row.lines.length - 1) * 12}
        textAnchor="middle"
        fontSize={10}
        fill="currentColor"
      >
        {lines}
      </text>
      <line
        x1={row.from}
        x2={row.to > row.from ? row.to - 2 : row.to + 2}
        y1={row.y}
        y2={row.y}
        stroke="currentColor"
        strokeDasharray={row.to < row.from ? "5 3" : undefined}
        markerEnd={`url(#${id}-arrow)`}
      />
    </g>
  );
}

export function SequenceDiagram({ sequence, id }: { sequence: Sequence; id: string }) {
  const t = useTranslations() as unknown as Translate;
  const title = sayPhrase(t, sequence.title);
  const names = new Map(sequence.participants.map((p) => [p.id, sayPhrase(t, p.label)]));
  const labels = sequence.messages.map((message) => {
    const measured = cost(t, message);
    const label = sayPhrase(t, message.label);
    return measured ? `${label} · ${measured}` : label;
  });
  const drawing = layOutSequence(sequence, names, labels);
  return (
    <figure
      className="min-w-0 max-w-full space-y-2"
      data-testid="sequence-diagram"
      data-participants={sequence.participants.map((p) => p.id).join(" ")}
    >
      {/* Focusable and named, so a keyboard can scroll a diagram wider than the screen. */}
      <div
        className="max-w-full overflow-x-auto"
        tabIndex={0}
        role="group"
        aria-label={title}
        data-testid="sequence-scroll"
      >
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          viewBox={`0 0 ${drawing.width} ${drawing.height}`}
          width={drawing.width}
          height={drawing.height}
          className="block max-w-none text-slate-800"
        >
          <title id={`${id}-title`}>
            {t("diagrams.chrome.svgTitle", { title, count: sequence.messages.length })}
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
          {drawing.lifelines.map((lifeline) => (
            <g key={lifeline.id}>
              <rect
                x={lifeline.x - 62}
                y={4}
                width={124}
                height={drawing.head}
                rx={5}
                className="fill-slate-100"
              />
              <text
                x={lifeline.x}
                y={22}
                textAnchor="middle"
                fontSize={11}
                fontWeight={600}
                fill="currentColor"
              >
                {lifeline.lines.map((line, i) => (
                  <tspan key={i} x={lifeline.x} dy={i === 0 ? 0 : 13}>
                    {line}
                  </tspan>
                ))}
              </text>
              <line
                x1={lifeline.x}
                x2={lifeline.x}
                y1={4 + drawing.head}
                y2={drawing.height}
                className="stroke-slate-300"
                strokeDasharray="4 3"
              />
            </g>
          ))}
          {drawing.rows.map((row, i) => (
            <Row key={i} row={row} id={id} />
          ))}
        </svg>
      </div>
      <figcaption className="text-sm">
        <details>
          <summary className="cursor-pointer">
            {t("diagrams.chrome.textVersion", { title })}
          </summary>
          <ol
            className="ml-5 list-decimal space-y-0.5"
            aria-label={t("diagrams.chrome.steps", { title })}
          >
            {sequence.messages.map((message, i) => (
              <li
                key={i}
                data-testid="sequence-message"
                data-from={message.from}
                data-to={message.to}
                data-queries={message.queries ?? ""}
              >
                {describeMessage(t, names, message)}
              </li>
            ))}
          </ol>
        </details>
      </figcaption>
    </figure>
  );
}
