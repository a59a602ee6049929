/**
 * What is left of a password once the usual disguises are taken off — the ones a cracker's rules
 * put on a common password before trying it (hashcat's best64, John the Ripper's wordlist rules):
 * letter case, a few digits or symbols at either end, look-alike substitutions (@ for a, 0 for o,
 * 1 for i or l…), full-width and other compatibility characters, writing it backwards, spaces or
 * dots or dashes between its letters, writing it twice. A password is as weak as the weakest of
 * these forms, so each is checked against the list.
 */

/** A few digits or symbols at an end; a longer run is more than decoration. */
const MAX_DECORATION = 12;

const LOOK_ALIKES: Readonly<Record<string, readonly [string, string?]>> = {
  "@": ["a"],
  "4": ["a"],
  "8": ["b"],
  "(": ["c"],
  "3": ["e"],
  "6": ["g"],
  "9": ["g"],
  "#": ["h"],
  "1": ["i", "l"],
  "!": ["i", "l"],
  "|": ["i", "l"],
  "0": ["o"],
  $: ["s"],
  "5": ["s"],
  "7": ["t"],
  "+": ["t"],
  "2": ["z"],
};

const isLetter = (char: string): boolean => /\p{L}/u.test(char);
const isDigit = (char: string): boolean => char >= "0" && char <= "9";

/**
 * The core with its look-alikes read as letters: symbols only (a list entry may hold digits, as
 * "trustno1" does) or digits too; an ambiguous one (1, !, |) read as its first or second letter.
 */
function decoded(core: readonly string[], digitsToo: boolean, reading: 0 | 1): string {
  return core
    .map((char) => {
      const letters = LOOK_ALIKES[char];
      if (letters === undefined || (!digitsToo && isDigit(char))) return char;
      return letters[reading] ?? letters[0];
    })
    .join("");
}

/** How many characters at the start of `chars` are not letters (at most MAX_DECORATION). */
function decorationLength(chars: readonly string[]): number {
  let n = 0;
  while (n < Math.min(chars.length, MAX_DECORATION) && !isLetter(chars[n]!)) n++;
  return n;
}

/** Spaces, dots, dashes and underscores between the letters ("trust no1", "p.a.s.s.w.o.r.d"). */
const SEPARATORS = /[\s._-]+/gu;

/** The unit `text` repeats ("trustno1trustno1" → "trustno1", "aaaa" → "a"), or `text` itself. */
export function repeatedUnit(text: string): string {
  const chars = [...text];
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size !== 0) continue;
    const unit = chars.slice(0, size).join("");
    if (unit.repeat(chars.length / size) === text) return unit;
  }
  return text;
}

/** The password lower-cased and NFKC-normalised, without its separators, and its repeated unit. */
export function passwordBases(password: string): Set<string> {
  const normalised = password.normalize("NFKC").toLowerCase();
  const joined = normalised.replace(SEPARATORS, "");
  return new Set([normalised, joined, repeatedUnit(normalised), repeatedUnit(joined)]);
}

/**
 * Every form of `password` between `minLength` and `maxLength` characters long: lower-cased and
 * NFKC-normalised, with each cut of the digits and symbols at its ends, each reading of its
 * look-alikes, forwards and backwards — of each of its bases (passwordBases). Bounded work
 * whatever the password (at most 4 bases × 13 × 13 cuts).
 */
export function passwordForms(password: string, minLength: number, maxLength: number): Set<string> {
  const forms = new Set<string>();
  for (const base of passwordBases(password)) addForms([...base], minLength, maxLength, forms);
  return forms;
}

function addForms(
  chars: readonly string[],
  minLength: number,
  maxLength: number,
  forms: Set<string>,
): void {
  const lead = decorationLength(chars);
  const trail = decorationLength([...chars].reverse());
  for (let start = 0; start <= lead; start++) {
    for (let cut = 0; cut <= trail; cut++) {
      const core = chars.slice(start, chars.length - cut);
      if (core.length < minLength || core.length > maxLength) continue;
      for (const form of [
        core.join(""),
        decoded(core, false, 0),
        decoded(core, false, 1),
        decoded(core, true, 0),
        decoded(core, true, 1),
      ]) {
        forms.add(form);
        forms.add([...form].reverse().join(""));
      }
    }
  }
}
