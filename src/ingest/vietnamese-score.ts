// How Vietnamese a decoded text looks: the measure that picks a legacy encoding. A right
// decoding turns accented tokens into valid syllables; a wrong one into stray symbols, stacked
// tones or spellings Vietnamese never uses (c before e/ê/i, k before a).

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const SYLLABLE = new RegExp(
  '^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?' +
    '(uyê|uya|uyu|iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|' +
    'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|ya|yê|oo|' +
    '[aăâeêioôơuưy])?' +
    '(ch|ng|nh|[cmnpt])?$',
  'u',
);

/** Token separators: whitespace, digits and ASCII punctuation, never the bytes a wrong decoding yields. */
const SEPARATORS = /[\s0-9!-/:-@\[-`{-~\u2013\u2014\u2026\u201c\u201d\u2018\u2019]+/u;

/** True for a Vietnamese syllable: one tone at most, a valid onset/vowel/final, the c/k/g spelling rules. */
export function isVietnameseSyllable(token: string): boolean {
  const decomposed = token.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  const parts = SYLLABLE.exec(base);
  if (!parts) return false;
  const [, onset = '', vowel = '', final = ''] = parts;
  if (vowel === '') return onset === 'gi'; // gì, gìn: the i belongs to the onset
  const front = /^[eêiy]/u.test(vowel);
  if ((onset === 'c' || onset === 'ng' || onset === 'g') && front && !(onset === 'g' && vowel.startsWith('i'))) {
    return false;
  }
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) return false;
  if ((final === 'ch' || final === 'nh') && !/^(a|ê|i|uy|oa|uê)$/u.test(vowel)) return false;
  return true;
}

/**
 * Score a decoding: +1 for each token with letters beyond ASCII that is a Vietnamese syllable,
 * -2 for each such token that is not. Plain-ASCII tokens read the same in every decoding.
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const token of text.split(SEPARATORS)) {
    if (!/[^\x00-\x7f]/u.test(token)) continue;
    score += isVietnameseSyllable(token) ? 1 : -2;
  }
  return score;
}
