/** One claim the lab proves: its sentence, and the screen where a person makes it happen. */
export interface Claim {
  id: `C${number}`;
  topic: string;
  sentence: string;
  /** The path of the screen that shows it live. */
  shownAt: string;
}
