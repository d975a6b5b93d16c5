// Words that Latin-only OCR ran together ("TINHSONLA", "Poclap", "NOIDUNG"): cut into the
// syllables they hold, so that each is restored on its own ("TỈNH SƠN LA", "Độc lập").
import { UNKNOWN, type LanguageModel } from './lm.js';
import { FIXED, type TokenOption } from './options.js';
import type { Token } from './tokenizer.js';

/**
 * Shortest word that is cut: six letters ("Poclap"). Five-letter words were more often one
 * syllable damaged by OCR ("triao" for "trào", "noéng" for "nông") than two glued.
 */
export const GLUED_MIN_LENGTH = 6;
/**
 * Shortest word with a W that is cut: four letters ("Twdo" for "Tự do" in the motto). No
 * Vietnamese word has a W; Latin-only OCR writes one for ư, so a short word holding it is not
 * one damaged syllable the way "triao" is.
 */
const GLUED_W_MIN_LENGTH = 4;
/** Longest Vietnamese syllable ("nghiêng"). */
const MAX_PIECE = 7;
/** Fewest letters of a piece: one-letter syllables ("a", "ô") would cut almost any word. */
const MIN_PIECE = 2;
/** Most pieces: three covers place names ("SONLA", "TINHSONLA"); more cut foreign names ("Hamaguchi"). */
const MAX_PIECES = 3;
/** A piece must read as a syllable at least this well (log channel score: one OCR confusion, not more). */
const PIECE_FLOOR = -4.5;
/** A word that reads as one syllable this well is left whole. */
const WHOLE_FLOOR = -8;
const LETTERS = /^\p{L}+$/u;

/** The readings of a piece of text in the document's kind: what TokenOptions gives a word. */
export type Readings = (text: string) => TokenOption[];

/** The best score of a chain of readings, one per piece, where every neighbouring pair is a seen bigram; -Infinity if none. */
function chainScore(pieces: TokenOption[][], model: LanguageModel): number {
  let best = new Map<number, number>();
  for (const option of pieces[0]) best.set(option.id, Math.max(best.get(option.id) ?? -Infinity, option.score + model.unigramScore(option.id)));
  for (let p = 1; p < pieces.length; p++) {
    const next = new Map<number, number>();
    for (const [previous, score] of best) {
      for (const option of pieces[p]) {
        if (model.context(previous, option.id) < 0) continue;
        const total = score + option.score + model.bigramScore(previous, option.id);
        if (total > (next.get(option.id) ?? -Infinity)) next.set(option.id, total);
      }
    }
    best = next;
  }
  return Math.max(-Infinity, ...best.values());
}

/** The syllable readings of a piece good enough to stand for it. */
function goodReadings(text: string, readings: Readings): TokenOption[] {
  return readings(text).filter((option) => option.id !== UNKNOWN && option.score >= PIECE_FLOOR);
}

/**
 * The pieces a glued word should be cut into, or undefined to keep it whole: the fewest pieces
 * (two or three) that each read as a syllable and together read as a phrase the model has seen
 * ("tỉnh sơn", "sơn la"), so that OCR debris ("thyuc" for "thực") is not cut into nonsense.
 * Words the corpus writes whole (`wholeWords`, lower case: "campuchia", "sultan") are never cut.
 */
export function gluedPieces(word: string, readings: Readings, model: LanguageModel, wholeWords: ReadonlySet<string>): string[] | undefined {
  const shortest = /w/iu.test(word) ? GLUED_W_MIN_LENGTH : GLUED_MIN_LENGTH;
  if ([...word].length < shortest || !LETTERS.test(word) || wholeWords.has(word.toLowerCase())) return undefined;
  const whole = readings(word);
  // Kept as written (an acronym, a lexicon term), or readable as one syllable: not glued.
  if (whole === FIXED || whole.some((option) => option.id !== UNKNOWN && option.score >= WHOLE_FLOOR)) return undefined;
  for (let count = 2; count <= MAX_PIECES; count++) {
    let best: { pieces: string[]; score: number } | undefined;
    const cut = (from: number, pieces: string[]) => {
      if (pieces.length === count - 1) {
        const last = word.slice(from);
        if (last.length < MIN_PIECE || last.length > MAX_PIECE) return;
        const all = [...pieces, last];
        const options = all.map((piece) => goodReadings(piece, readings));
        if (options.some((list) => list.length === 0)) return;
        const score = chainScore(options, model);
        if (score > (best?.score ?? -Infinity)) best = { pieces: all, score };
        return;
      }
      for (let to = from + MIN_PIECE; to <= Math.min(word.length, from + MAX_PIECE); to++) cut(to, [...pieces, word.slice(from, to)]);
    };
    cut(0, []);
    if (best) return best.pieces;
  }
  return undefined;
}

/** The tokens with every glued word cut into word tokens joined by single spaces; the same array when nothing was cut. */
export function splitGlued(tokens: Token[], readings: Readings, model: LanguageModel, wholeWords: ReadonlySet<string>): Token[] {
  let out: Token[] | undefined;
  tokens.forEach((token, i) => {
    const pieces = token.kind === 'word' ? gluedPieces(token.text, readings, model, wholeWords) : undefined;
    if (pieces && !out) out = tokens.slice(0, i);
    if (!out) return;
    if (!pieces) {
      out.push(token);
      return;
    }
    pieces.forEach((piece, k) => {
      if (k > 0) out!.push({ kind: 'space', text: ' ' });
      out!.push({ kind: 'word', text: piece });
    });
  });
  return out ?? tokens;
}
