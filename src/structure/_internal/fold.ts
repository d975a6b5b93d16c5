// Mark-insensitive matching: a fold that keeps string length, so a match found in the folded
// text slices the original text at the same offsets.

/** The fold of each UTF-16 code unit, 0 until first asked (every code unit folds to a non-zero one but NUL). */
const FOLDED = new Uint16Array(0x10000);

function foldUnit(code: number): number {
  let folded = FOLDED[code];
  if (folded === 0 && code !== 0) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    // Surrogates (halves of astral characters) and letters whose lower case is longer stay as they are.
    if (lower === 'đ') folded = 0x64;
    else if (code >= 0xd800 && code <= 0xdfff) folded = code;
    else folded = lower.length === 1 ? lower.normalize('NFD').charCodeAt(0) : code;
    FOLDED[code] = folded;
  }
  return folded;
}

/** Code units folded into this buffer and turned into a string this many at a time. */
const CHUNK = 4096;
const scratch = new Uint16Array(CHUNK);

/** One base letter per character: marks dropped, đ → d, lower case. Input should be NFC. */
export function fold(text: string): string {
  let out = '';
  for (let start = 0; start < text.length; start += CHUNK) {
    const size = Math.min(CHUNK, text.length - start);
    for (let i = 0; i < size; i++) scratch[i] = foldUnit(text.charCodeAt(start + i));
    out += String.fromCharCode.apply(null, (size === CHUNK ? scratch : scratch.subarray(0, size)) as unknown as number[]);
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
