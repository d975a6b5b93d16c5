// Splits text into tokens that concatenate back to the exact input: words to restore,
// spans kept verbatim (numbers, document numbers, URLs, e-mails), punctuation and spaces.

export type TokenKind =
  /** Letters (possibly with OCR digits/symbols inside): a syllable candidate. */
  | 'word'
  /** Kept verbatim: numbers, codes like 36/LMHTX-PĐTĐ, dates, URLs, e-mail addresses. */
  | 'keep'
  /** Punctuation and symbols: ends the language model's context. */
  | 'punct'
  /** Spaces and single line breaks. */
  | 'space'
  /** Whitespace holding a blank line: ends the context like punctuation. */
  | 'break';

export interface Token {
  kind: TokenKind;
  text: string;
}

/** A run of whitespace (captured) or of anything else. */
const CHUNK = /(\s+)|\S+/gu;
const WORD = /[\p{L}\p{M}\d&¢€§]+/gu;
const HAS_LETTER = /\p{L}/u;
const HAS_ALNUM = /[\p{L}\d]/u;
const ONLY_DIGITS = /^\d+$/;
/** Symbols Vietnamese never writes alone: a Latin-only OCR reading of a marked word ("¢" for "ở"). */
const OCR_SYMBOLS = /^[¢€§]+\d?$/u;
const EDGE_PUNCT = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
/**
 * Most chunks: letters, then perhaps punctuation no word can hold ("tỉnh," "Lào)."). They
 * tokenize as one word and one punctuation token whatever the rules below say, without them.
 */
const PLAIN_WORD = /^(\p{L}[\p{L}\p{M}]*)([^\p{L}\p{N}\p{M}&¢€§]*)$/u;

/** A chunk that must survive untouched: a code with a slash, a URL, an e-mail address. */
function isVerbatimChunk(core: string): boolean {
  if (core.includes('://') || /^www\./iu.test(core)) return true;
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(core)) return true;
  return /[\p{L}\d][/\\][\p{L}\d]/u.test(core) || /\d[.\-/]\d/u.test(core);
}

function pushSpace(tokens: Token[], text: string): void {
  // A blank line takes two characters at least: most spaces are one.
  tokens.push({ kind: text.length > 1 && /\n[^\S\n]*\n/u.test(text) ? 'break' : 'space', text });
}

function pushWordsAndPunct(tokens: Token[], text: string): void {
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const at = match.index ?? 0;
    if (at > last) tokens.push({ kind: 'punct', text: text.slice(last, at) });
    const word = match[0];
    const kind = OCR_SYMBOLS.test(word)
      ? 'word'
      : ONLY_DIGITS.test(word) || !HAS_LETTER.test(word) ? (HAS_ALNUM.test(word) ? 'keep' : 'punct') : 'word';
    tokens.push({ kind, text: word });
    last = at + word.length;
  }
  if (last < text.length) tokens.push({ kind: 'punct', text: text.slice(last) });
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(CHUNK)) {
    const chunk = match[0];
    if (match[1] !== undefined) {
      pushSpace(tokens, chunk);
      continue;
    }
    const plain = PLAIN_WORD.exec(chunk);
    if (plain) {
      tokens.push({ kind: 'word', text: plain[1] });
      if (plain[2]) tokens.push({ kind: 'punct', text: plain[2] });
      continue;
    }
    const [, lead, core, trail] = EDGE_PUNCT.exec(chunk) ?? ['', '', chunk, ''];
    if (core && isVerbatimChunk(core)) {
      if (lead) tokens.push({ kind: 'punct', text: lead });
      tokens.push({ kind: 'keep', text: core });
      if (trail) tokens.push({ kind: 'punct', text: trail });
    } else {
      pushWordsAndPunct(tokens, chunk);
    }
  }
  return tokens;
}
