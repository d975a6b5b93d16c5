// Vietnamese letters: each vowel is a base (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y) plus one of six
// tones. These helpers split and join letters, fold marks away and place the tone canonically.

/** Tones in table order: level, grave (huyền), acute (sắc), hook (hỏi), tilde (ngã), dot (nặng). */
export const TONES = 6;

const VOWEL_ROWS = [
  'aàáảãạ',
  'ăằắẳẵặ',
  'âầấẩẫậ',
  'eèéẻẽẹ',
  'êềếểễệ',
  'iìíỉĩị',
  'oòóỏõọ',
  'ôồốổỗộ',
  'ơờớởỡợ',
  'uùúủũụ',
  'ưừứửữự',
  'yỳýỷỹỵ',
];

const FOLD_BASE: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };

interface LetterInfo {
  /** The letter without its tone (ố → ô). */
  base: string;
  tone: number;
}

const LETTERS = new Map<string, LetterInfo>();
const WITH_TONE = new Map<string, string[]>();
for (const row of VOWEL_ROWS) {
  const chars = [...row];
  WITH_TONE.set(chars[0], chars);
  chars.forEach((char, tone) => LETTERS.set(char, { base: chars[0], tone }));
}

export function isVowel(char: string): boolean {
  return LETTERS.has(char);
}

/** The tone of a lowercase letter (0 for consonants and level vowels). */
export function toneOf(char: string): number {
  return LETTERS.get(char)?.tone ?? 0;
}

/** A lowercase letter without its tone mark (ố → ô, đ stays đ). */
export function baseOf(char: string): string {
  return LETTERS.get(char)?.base ?? char;
}

/** A base vowel carrying `tone` (ô, 2 → ố). */
export function withTone(base: string, tone: number): string {
  return WITH_TONE.get(base)?.[tone] ?? base;
}

/** A lowercase letter reduced to plain ASCII (ố → o, đ → d). */
export function foldLetter(char: string): string {
  const base = baseOf(char);
  return FOLD_BASE[base] ?? base;
}

/** Lowercase text with every Vietnamese mark removed ("Đảng" → "dang"). */
export function foldText(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += foldLetter(char);
  return out;
}

/** True when the text carries any Vietnamese mark (tone, breve, circumflex, horn, đ). */
export function hasMarks(text: string): boolean {
  for (const char of text.toLowerCase()) {
    if (foldLetter(char) !== char) return true;
  }
  return false;
}

/** The syllable split into its toneless letters and its tone ("hoà" → ["hoa", 1]). */
export function splitTone(syllable: string): { toneless: string; tone: number } {
  let toneless = '';
  let tone = 0;
  for (const char of syllable) {
    const info = LETTERS.get(char);
    if (info && info.tone !== 0) tone = info.tone;
    toneless += info ? info.base : char;
  }
  return { toneless, tone };
}

/**
 * Where the tone mark sits in a toneless syllable, as an index into its characters.
 * One fixed rule so that "hoà"/"hòa" and "thuỷ"/"thủy" share one key.
 */
export function tonePosition(toneless: string): number {
  const chars = [...toneless];
  let start = 0;
  if ((chars[0] === 'q' && chars[1] === 'u') || (chars[0] === 'g' && chars[1] === 'i' && chars.length > 2 && isVowel(chars[2]))) {
    start = 2;
  }
  const vowels: number[] = [];
  for (let i = start; i < chars.length; i++) {
    if (isVowel(chars[i])) vowels.push(i);
    else if (vowels.length > 0) break;
  }
  if (vowels.length === 0) return chars.length > 1 && chars[1] === 'i' ? 1 : -1;
  const marked = vowels.filter((i) => 'ăâêôơư'.includes(chars[i]));
  if (marked.length > 0) return marked[marked.length - 1];
  if (vowels.length === 1) return vowels[0];
  const last = vowels[vowels.length - 1];
  const closed = last < chars.length - 1;
  if (closed || vowels.length === 3) return vowels.length === 3 ? vowels[1] : last;
  const pair = chars[vowels[0]] + chars[last];
  return pair === 'oa' || pair === 'oe' || pair === 'uy' ? last : vowels[0];
}

/** The canonical spelling of a lowercase syllable: same letters, tone on the fixed position. */
export function canonicalSyllable(syllable: string): string {
  const { toneless, tone } = splitTone(syllable);
  if (tone === 0) return toneless;
  const at = tonePosition(toneless);
  if (at < 0) return syllable;
  const chars = [...toneless];
  chars[at] = withTone(chars[at], tone);
  return chars.join('');
}
