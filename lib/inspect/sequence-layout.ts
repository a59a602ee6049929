import type { Sequence } from "@/lib/inspect/sequence";

/**
 * Where each part of a sequence diagram goes, from its already-worded labels: lifelines a column
 * apart, each arrow's label wrapped onto as many lines as it needs (never cut short), the
 * drawing as wide and tall as its longest label — so nothing falls outside it in any language.
 */

const COLUMN = 140;
const ROW = 38;
const SELF_ROW = 46;
const LINE = 12;
// A lifeline's head: a box 124 wide, its name (font-size 11) on as many lines as it needs.
const HEAD_ROOM = 112;
const HEAD_LINE = 13;
// A self-arrow's label may run this far right of its lifeline before it wraps.
const SELF_ROOM = 230;

export interface DrawnRow {
  from: number;
  to: number;
  y: number;
  self: boolean;
  failed: boolean;
  textX: number;
  lines: string[];
}

export interface Drawing {
  width: number;
  height: number;
  /** The heads' height: the tallest name decides it for all. */
  head: number;
  lifelines: { id: string; x: number; lines: string[] }[];
  rows: DrawnRow[];
}

// Approximate advance at font-size 10: Hangul and other wide letters take about twice a Latin one.
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\uffdc]/u.test(char) ? 10 : 6.2;
  return width;
}

/** Words onto lines no wider than `room`; a word wider than a line is split where it must be. */
export function wrapLabel(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (textWidth(candidate) <= room) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    line = "";
    for (const char of word) {
      if (textWidth(line + char) > room && line !== "") {
        lines.push(line);
        line = "";
      }
      line += char;
    }
  }
  if (line !== "") lines.push(line);
  return lines.length === 0 ? [""] : lines;
}

/**
 * The geometry of a diagram whose lifelines are called `names` (by id) and whose message labels
 * are `labels`, in order.
 */
export function layOutSequence(
  sequence: Sequence,
  names: Map<string, string>,
  labels: string[],
): Drawing {
  const x = new Map(sequence.participants.map((p, i) => [p.id, COLUMN / 2 + i * COLUMN]));
  const lifelines = sequence.participants.map((p) => ({
    id: p.id,
    x: x.get(p.id) ?? 0,
    // Font-size 11 against the estimate's 10: a narrower room for the same box.
    lines: wrapLabel(names.get(p.id) ?? p.id, HEAD_ROOM / 1.1),
  }));
  const head = 15 + HEAD_LINE * Math.max(1, ...lifelines.map((l) => l.lines.length));
  let width = sequence.participants.length * COLUMN;
  const rows: DrawnRow[] = [];
  let y = head + 36;
  sequence.messages.forEach((message, i) => {
    const from = x.get(message.from) ?? 0;
    const to = x.get(message.to) ?? 0;
    const self = from === to;
    const room = self ? SELF_ROOM : Math.abs(to - from) + COLUMN - 24;
    const lines = wrapLabel(labels[i] ?? "", room);
    const extra = (lines.length - 1) * LINE;
    if (!self) y += extra; // the lines above an arrow push it down
    const textX = self ? from + 34 : (from + to) / 2;
    const widest = Math.max(...lines.map(textWidth));
    width = Math.max(width, self ? textX + widest + 8 : textX + widest / 2 + 8);
    rows.push({ from, to, y, self, failed: message.failed === true, textX, lines });
    y += self ? SELF_ROW + extra : ROW;
  });
  return { width: Math.ceil(width), height: y + 4, head, lifelines, rows };
}
