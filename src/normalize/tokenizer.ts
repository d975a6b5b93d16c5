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

/** Runs of whitespace, and of anything else: the text is cut into these chunks. */
const SPACES = /\s+/uy;
const NOT_SPACES = /\S+/uy;
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
 * Matched in two sticky steps at the chunk's start (its letters, then what follows them), with
 * no match array to allocate; the punctuation class holds no letter or mark, so the letters are
 * the longest run there, as /^(\p{L}[\p{L}\p{M}]*)([^\p{L}\p{N}\p{M}&¢€§]*)$/u would take them (a
 * chunk holds no whitespace: the punctuation stops there, and is plain if it reaches the chunk's end).
 */
const PLAIN_LETTERS = /\p{L}[\p{L}\p{M}]*/uy;
const PLAIN_PUNCT = /[^\p{L}\p{N}\p{M}&¢€§\s]*/uy;

/** Words joined by slashes ("đồng/hợp tác xã/năm", "HTX/năm", "và/hoặc"), not all in capitals as a code's parts are ("KH/UBND"). */
const SLASHED_WORDS = /^\p{L}+(?:\/\p{L}+)+$/u;

/** A chunk that must survive untouched: a code with a slash, a URL, an e-mail address. */
function isVerbatimChunk(core: string): boolean {
  if (core.includes('://') || /^www\./iu.test(core)) return true;
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(core)) return true;
  if (SLASHED_WORDS.test(core) && core !== core.toUpperCase()) return false;
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

/** Whitespace within ASCII (\s holds more beyond it). */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** ASCII that plain punctuation holds: no letter, digit, '&' or whitespace. */
function isAsciiPunct(code: number): boolean {
  return code < 128 && !isAsciiSpace(code) && !isAsciiLetter(code) && !(code >= 48 && code <= 57) && code !== 38;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = 0; start < text.length; ) {
    // Most chunks are ASCII (a stripped text all of them): read by character codes, with the
    // regexes below left to decide wherever a character beyond ASCII might change the answer.
    let at = start;
    if (isAsciiSpace(text.charCodeAt(at))) {
      while (at < text.length && isAsciiSpace(text.charCodeAt(at))) at++;
      if (at === text.length || text.charCodeAt(at) < 128) {
        pushSpace(tokens, text.slice(start, at));
        start = at;
        continue;
      }
    } else if (isAsciiLetter(text.charCodeAt(at))) {
      while (at < text.length && isAsciiLetter(text.charCodeAt(at))) at++;
      const letters = at;
      while (at < text.length && isAsciiPunct(text.charCodeAt(at))) at++;
      if (at === text.length || isAsciiSpace(text.charCodeAt(at))) {
        tokens.push({ kind: 'word', text: text.slice(start, letters) });
        if (letters < at) tokens.push({ kind: 'punct', text: text.slice(letters, at) });
        start = at;
        continue;
      }
    }
    SPACES.lastIndex = start;
    if (SPACES.test(text)) {
      const end = SPACES.lastIndex;
      pushSpace(tokens, text.slice(start, end));
      start = end;
      continue;
    }
    NOT_SPACES.lastIndex = start;
    NOT_SPACES.test(text);
    const end = NOT_SPACES.lastIndex;
    PLAIN_LETTERS.lastIndex = start;
    if (PLAIN_LETTERS.test(text)) {
      const letters = PLAIN_LETTERS.lastIndex;
      PLAIN_PUNCT.lastIndex = letters;
      PLAIN_PUNCT.test(text);
      if (PLAIN_PUNCT.lastIndex === end) {
        tokens.push({ kind: 'word', text: text.slice(start, letters) });
        if (letters < end) tokens.push({ kind: 'punct', text: text.slice(letters, end) });
        start = end;
        continue;
      }
    }
    const chunk = text.slice(start, end);
    start = end;
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
