// Mark-insensitive matching: a fold that keeps string length, so a match found in the folded
// text slices the original text at the same offsets.

/** One base letter per character: marks dropped, đ → d, lower case. Input should be NFC. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    if (lower === 'đ') {
      out += 'd';
      continue;
    }
    // Astral characters keep their two code units, so offsets stay aligned.
    out += ch.length === 1 && lower.length === 1 ? lower.normalize('NFD')[0] : ch;
  }
  return out;
}

/** Collapse runs of white space to one space and trim. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** The share of letters that are upper case; 0 when there are no letters. */
export function upperRatio(text: string): number {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters += 1;
    if (UPPER.test(ch)) upper += 1;
  }
  return letters === 0 ? 0 : upper / letters;
}

export function letterCount(text: string): number {
  let letters = 0;
  for (const ch of text) if (LETTER.test(ch)) letters += 1;
  return letters;
}

/** Strip trailing list punctuation (";", ".", ",", ":") and the "./." end mark. */
export function trimListPunctuation(text: string): string {
  return text.replace(/(?:\s*\.\/\.|[\s;.,:])+$/u, '').trim();
}
