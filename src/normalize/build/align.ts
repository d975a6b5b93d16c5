// Aligns a true line with its OCR reading: words first (by folded edit distance), then each
// true letter with the 0–3 OCR characters it became, by dynamic programming on emission costs.
import { distance } from 'fastest-levenshtein';
import { baseOf, foldLetter, foldText } from '../letters.js';

/** Cost of a true letter being read as `seen`; learnt costs replace this first guess. */
export type EmissionCost = (truth: string, seen: string) => number;

export const MAX_EMISSION = 3;

export const guessCost: EmissionCost = (truth, seen) => {
  if (seen === truth) return 0;
  if (seen === foldLetter(truth) || seen === baseOf(truth)) return 0.5;
  if (seen.length === 0) return 3;
  return 1.5 + seen.length;
};

/** Word pairs (truth, reading) that plausibly are the same word. */
export function alignWords(truthLine: string, ocrLine: string): Array<[string, string]> {
  const truth = truthLine.split(/\s+/u).filter(Boolean);
  const read = ocrLine.split(/\s+/u).filter(Boolean);
  const n = truth.length;
  const m = read.length;
  const cost = (i: number, j: number) => {
    const a = foldText(truth[i]);
    const b = read[j].toLowerCase();
    return distance(a, b) / Math.max(a.length, b.length, 1);
  };
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) table[i][0] = i;
  for (let j = 1; j <= m; j++) table[0][j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      table[i][j] = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost(i - 1, j - 1));
    }
  }
  const pairs: Array<[string, string]> = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const diagonal = table[i - 1][j - 1] + cost(i - 1, j - 1);
    if (table[i][j] === diagonal) {
      if (cost(i - 1, j - 1) < 0.6) pairs.push([truth[i - 1], read[j - 1]]);
      i--;
      j--;
    } else if (table[i][j] === table[i - 1][j] + 1) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Each true letter (lowercase) with what it was read as, or undefined if no alignment fits. */
export function alignLetters(truthWord: string, readWord: string, cost: EmissionCost): Array<[string, string]> | undefined {
  const truth = [...truthWord.toLowerCase()];
  const read = readWord.toLowerCase();
  const n = truth.length;
  const m = read.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  best[0][0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let k = 0; k <= MAX_EMISSION && k <= j; k++) {
        const previous = best[i - 1][j - k];
        if (previous === Infinity) continue;
        const total = previous + cost(truth[i - 1], read.slice(j - k, j));
        if (total < best[i][j]) {
          best[i][j] = total;
          from[i][j] = k;
        }
      }
    }
  }
  if (best[n][m] === Infinity || best[n][m] > 4 * n) return undefined;
  const out: Array<[string, string]> = [];
  for (let i = n, j = m; i > 0; i--) {
    const k = from[i][j];
    out.push([truth[i - 1], read.slice(j - k, j)]);
    j -= k;
  }
  return out.reverse();
}
