// The restoration contract the pipeline relies on (issue 3 fills it in).

export interface RestoreStats {
  /** Vietnamese syllable tokens seen. */
  syllables: number;
  /** Tokens whose output differs from the input. */
  changed: number;
  /** Syllable-like tokens with no valid candidate, left as they were. */
  unknown: number;
}

export interface RestoreResult {
  text: string;
  stats: RestoreStats;
}

export interface Restorer {
  /** Restore diacritics and OCR slips; keeps every line break and run of spaces. Pure and deterministic. */
  restore(text: string): RestoreResult;
  /** The lexicon's terms of one kind ("family-name": Nguyễn, Lò; "title": PHÓ CHỦ TỊCH), the user's lexicon included. */
  termsOf?(kind: string): ReadonlySet<string>;
}
