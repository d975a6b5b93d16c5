// CER and WER for the bench. TEMPORARY until src/eval lands with the project's own functions.
import { distance } from 'fastest-levenshtein';
import type { TextMetrics } from './score.js';

function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Word-level edit distance: each distinct word becomes one code point, then a character distance. */
function wordDistance(a: string[], b: string[]): number {
  const codes = new Map<string, string>();
  const encode = (words: string[]) =>
    words
      .map((w) => {
        let code = codes.get(w);
        if (code === undefined) {
          code = String.fromCodePoint(0xe000 + codes.size);
          codes.set(w, code);
        }
        return code;
      })
      .join('');
  return distance(encode(a), encode(b));
}

export const textMetrics: TextMetrics = {
  cer(hypothesis, truth) {
    const h = normalize(hypothesis);
    const t = normalize(truth);
    return t.length === 0 ? (h.length === 0 ? 0 : 1) : distance(h, t) / t.length;
  },
  wer(hypothesis, truth) {
    const h = normalize(hypothesis).split(' ').filter(Boolean);
    const t = normalize(truth).split(' ').filter(Boolean);
    return t.length === 0 ? (h.length === 0 ? 0 : 1) : wordDistance(h, t) / t.length;
  },
};
