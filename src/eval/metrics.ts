// Character and word error rates of recognised text against a reference, after the same
// normalisation on both sides: NFC, every run of whitespace one space, no leading/trailing space.
import { distance } from 'fastest-levenshtein';

export function normalizeForScoring(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export interface ErrorRate {
  /** Edits (insertions, deletions, substitutions) to turn the hypothesis into the reference. */
  edits: number;
  /** Length of the reference: characters for CER, words for WER. */
  length: number;
  /** edits / length; 0 for two empty texts, 1 for text against an empty reference. */
  rate: number;
}

function rate(edits: number, length: number): ErrorRate {
  return { edits, length, rate: length === 0 ? (edits === 0 ? 0 : 1) : edits / length };
}

/** Character error rate, over code points of the NFC text. */
export function characterErrorRate(reference: string, hypothesis: string): ErrorRate {
  const ref = normalizeForScoring(reference);
  const hyp = normalizeForScoring(hypothesis);
  return rate(distance(ref, hyp), [...ref].length);
}

const words = (text: string): string[] => {
  const normal = normalizeForScoring(text);
  return normal === '' ? [] : normal.split(' ');
};

/** Word error rate: edit distance over whole words. */
export function wordErrorRate(reference: string, hypothesis: string): ErrorRate {
  const ref = words(reference);
  return rate(sequenceDistance(ref, words(hypothesis)), ref.length);
}

/** Levenshtein distance over sequences of words, two rows at a time. */
function sequenceDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
