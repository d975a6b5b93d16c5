// The options of one token for the decoder: the syllables it may stand for, each with its
// channel score, chosen by what kind of text it sits in (correctly marked, stripped, Latin-only OCR).
import { SyllableIndex, rankCandidates } from './candidates.js';
import type { ConfusionChannel } from './channel.js';
import type { LatticeOption } from './decoder.js';
import { foldText, hasMarks, isVowel } from './letters.js';
import { keptId, NUMBER, UNKNOWN, type LanguageModel } from './lm.js';
import type { Token, TokenKind } from './tokenizer.js';
import type { RestoreWeights } from './weights.js';

/** One option of a token: a syllable id and the text it would print (undefined: the input). */
export interface TokenOption extends LatticeOption {
  output: string | undefined;
}

/**
 * Every option is made here, with the same fields in the same order: the decoder reads
 * thousands of them per text, and one object shape keeps those reads fast.
 */
export function tokenOption(id: number, score: number, output?: string): TokenOption {
  return { id, score, output };
}

/** The only option of a token kept as written (acronym, code, initial): it also cuts the context. */
export const FIXED: TokenOption[] = [tokenOption(UNKNOWN, 0)];
const NUMBER_ONLY: TokenOption[] = [tokenOption(NUMBER, 0)];

const CACHE_LIMIT = 200_000;
/** Most dropped readings remembered per token for a neighbour to bring back (see TokenOptions.withRescued). */
const DROPPED_LIMIT = 24;
/** Channel walks stop this far (log) behind the best reading: the candidate margin plus room for the unigram. */
const WALK_MARGIN = 10;
/**
 * Stripped text: a word one of whose readings is at least this common (log unigram; 1 syllable
 * in 60,000) gets no OCR readings ("hoi": hội -7.2; "Pang": păng -12.6 does, and reads Đảng).
 */
const COMMON_READING = -11;
/** Roman numerals (II, XVI), written in document headings and never restored. */
const ROMAN = /^[IVXLCDM]{2,}$/u;
const ONLY_LETTERS = /^\p{L}+$/u;
/** The capitals the Vietnamese model reads as each digit in a word in capitals. */
const DIGIT_LETTERS: Record<string, string> = { '0': 'ODQ', '1': 'TIL', '2': 'Z', '5': 'S', '6': 'G', '8': 'B' };

function hasVowel(lower: string): boolean {
  for (const char of lower) if (isVowel(char)) return true;
  return false;
}

/**
 * What a text's damage looks like: marks mostly right (Vietnamese OCR, typed text), marks
 * stripped cleanly, or Latin-only OCR (digits and stray accents inside words).
 */
export type TextKind = 'marked' | 'stripped' | 'latin-ocr';

export interface TokenOptionsParts {
  model: LanguageModel;
  index: SyllableIndex;
  /** Latin-only OCR (`eng` reading Vietnamese). */
  latin: ConfusionChannel;
  /** The Vietnamese OCR model's slips. */
  vietnamese: ConfusionChannel;
  /** The lexicon's acronyms and units, kept as written. */
  kept: Set<string>;
  weights: RestoreWeights;
}

/** Options per token, cached by token and text kind (the same token always gets the same options). */
export class TokenOptions {
  private readonly cache = new Map<string, TokenOption[]>();
  /**
   * The same, by the text's kind, the token's kind and the token as written (spares the case and
   * shape tests of every repeated word). Nested maps: no key string to build and hash per token.
   */
  private readonly byText = new Map<TextKind, Map<TokenKind, Map<string, TokenOption[]>>>();
  private remembered = 0;
  /** The readings the cut dropped that some word makes likely, by the options they were dropped from. */
  private readonly droppedBy = new WeakMap<TokenOption[], TokenOption[]>();
  /** The words that make each word likely (at weights.neighbourRescue), built with the options; none when the rescue is off. */
  private readonly predecessors: { start: Uint32Array; ids: Uint16Array } | undefined;

  constructor(private readonly parts: TokenOptionsParts) {
    const threshold = parts.weights.neighbourRescue;
    this.predecessors = threshold > -Infinity ? parts.model.predecessors(threshold) : undefined;
  }

  of(token: Token, kind: TextKind): TokenOption[] {
    // The options depend on the token's text and kind and the text's kind only: remember them as written.
    let byKind = this.byText.get(kind);
    if (!byKind) this.byText.set(kind, (byKind = new Map()));
    let byWord = byKind.get(token.kind);
    if (!byWord) byKind.set(token.kind, (byWord = new Map()));
    let options = byWord.get(token.text);
    if (!options) {
      options = this.make(token, kind);
      if (this.remembered >= CACHE_LIMIT) {
        for (const words of this.byText.values()) for (const remembered of words.values()) remembered.clear();
        this.remembered = 0;
      }
      byWord.set(token.text, options);
      this.remembered++;
    }
    return options;
  }

  private make(token: Token, kind: TextKind): TokenOption[] {
    const { weights } = this.parts;
    const marked = kind === 'marked';
    if (token.kind === 'keep') {
      // A code or a URL cuts the context; a number written with separators ("50.000") is <num>.
      if (!/^\d+$/u.test(token.text)) return keptId(token.text) === NUMBER ? NUMBER_ONLY : FIXED;
      // In Latin-only OCR a short number may be a misread syllable ("13" for "là"): offer both.
      if (marked || token.text.length > 2) return NUMBER_ONLY;
      return this.cached(`n${token.text}`, () => [
        ...this.damagedOptions(token.text, -Infinity, true).map((option) => tokenOption(option.id, option.score + weights.digitSyllable, option.output)),
        tokenOption(NUMBER, 0),
      ]);
    }
    const lower = token.text.toLowerCase();
    const upper = token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text);
    // No vowel and no W (which Latin-only OCR makes of ư): an acronym like HTX, UBND.
    const acronym = upper && ONLY_LETTERS.test(token.text) && !hasVowel(lower) && !lower.includes('w');
    // A lone consonant is a list mark, an initial or an abbreviation ("b)", "S. T.", "v.v."); a
    // lone symbol is Latin-only OCR of a marked syllable ("củng ¢": cố).
    const initial = lower.length === 1 && !isVowel(lower) && ONLY_LETTERS.test(lower);
    if (acronym || initial || this.parts.kept.has(token.text) || ROMAN.test(token.text)) return FIXED;
    const keepScore = marked ? weights.keepMarked : upper ? weights.keepAcronym : weights.keepUnknown;
    return this.cached(`${kind.charAt(0)}${upper ? 'U' : ''}${lower}`, () =>
      marked ? this.markedOptions(lower, keepScore) : this.damagedOptions(lower, keepScore, kind === 'latin-ocr'));
  }

  /**
   * The lexicon's acronym a word in capitals is, read with one letter as a digit ("H1X": HTX,
   * "U8ND": UBND); undefined for any other word.
   */
  keptReading(text: string): string | undefined {
    // By character codes first: most words hold no digit, and this runs on every word.
    let digit = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57) continue;
      if (digit >= 0) return undefined;
      digit = i;
    }
    if (digit < 0 || text.length < 3 || !/^[\p{Lu}\d]+$/u.test(text)) return undefined;
    for (const letter of DIGIT_LETTERS[text[digit]] ?? '') {
      const reading = text.slice(0, digit) + letter + text.slice(digit + 1);
      if (this.parts.kept.has(reading)) return reading;
    }
    return undefined;
  }

  private cached(key: string, make: () => TokenOption[]): TokenOption[] {
    let options = this.cache.get(key);
    if (!options) {
      options = make();
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, options);
    }
    return options;
  }

  /**
   * `options` with the readings the cut dropped from them that an option of the word before
   * makes likely: "dang" keeps a dozen readings, "dàng" not among them, but after "dễ" it is
   * the reading. The same array when none comes back.
   */
  withRescued(options: TokenOption[], before: TokenOption[]): TokenOption[] {
    const dropped = this.droppedBy.get(options);
    if (!dropped) return options;
    let rescued: TokenOption[] | undefined;
    for (const reading of dropped) if (this.isLikelyAfter(reading.id, before)) (rescued ??= [...options]).push(reading);
    return rescued ?? options;
  }

  /** Whether one of the options before is among the words that make `id` likely (a few of each). */
  private isLikelyAfter(id: number, before: TokenOption[]): boolean {
    const { start, ids } = this.predecessors!;
    for (let k = start[id]; k < start[id + 1]; k++) {
      for (const previous of before) if (previous.id === ids[k]) return true;
    }
    return false;
  }

  /** The highest unigram score among the readings found. */
  private commonestReading(found: Map<number, number>): number {
    let best = -Infinity;
    for (const id of found.keys()) best = Math.max(best, this.parts.model.unigramScore(id));
    return best;
  }

  private toOptions(found: Map<number, number>, exact: number, keepScore: number, margin: number, limit = this.parts.weights.candidates): TokenOption[] {
    const { model } = this.parts;
    const option = ({ id, channel }: { id: number; channel: number }) => tokenOption(id, channel, id === exact ? undefined : model.display[id]);
    const { kept, dropped } = rankCandidates(found, model, limit, margin);
    const options = kept.map(option);
    // A word that is no syllable may stay as written: unknown, or a foreign word the model knows ("México").
    const foreign = exact >= 0 && this.parts.model.foreign[exact] === 1;
    if ((exact < 0 || (foreign && !options.some((option) => option.id === exact))) && keepScore > -Infinity) {
      options.push(tokenOption(exact < 0 ? UNKNOWN : exact, keepScore));
    }
    // Nothing reached it (a marked syllable in Latin-only OCR: that channel writes no marks, so
    // it never walks to "uạ"): the word stays as written, its only option.
    if (options.length === 0) options.push(tokenOption(exact < 0 ? UNKNOWN : exact, Number.isFinite(keepScore) ? keepScore : 0));
    // Only a reading that some word makes likely enough is worth a neighbour's look.
    if (dropped.length > 0 && this.predecessors) {
      const { start } = this.predecessors;
      const rescuable = dropped.filter(({ id }) => start[id + 1] > start[id]);
      if (rescuable.length > 0) this.droppedBy.set(options, rescuable.slice(0, DROPPED_LIMIT).map(option));
    }
    return options;
  }

  /** Options in text whose marks are mostly right: keep valid syllables unless the LM insists. */
  private markedOptions(lower: string, keepScore: number): TokenOption[] {
    const w = this.parts.weights;
    const exact = this.parts.index.exact(lower);
    const found = new Map<number, number>();
    const offer = (id: number, score: number) => {
      if (score > (found.get(id) ?? -Infinity)) found.set(id, score);
    };
    const slipWeight = exact >= 0 ? w.slip : 0;
    // Slips scoring below the margin behind the word as written would be dropped anyway: do not walk to them.
    const floor = exact >= 0 ? -w.markedCandidateMargin - slipWeight : -12;
    for (const [id, logp] of this.parts.index.throughChannel(lower, this.parts.vietnamese, Math.max(floor, -12))) offer(id, slipWeight + logp);
    // A marked vowel read twice is damage, never a word to keep as written, even alone on its line.
    const undoubled = exact < 0 ? this.undoubled(lower) : [];
    for (const id of undoubled) offer(id, w.doubledVowel);
    if (exact < 0) {
      for (const [id, logp] of this.parts.index.throughChannel(lower, this.parts.latin, -14)) offer(id, w.ocr + logp - 1);
    }
    if (lower === foldText(lower)) {
      for (const id of this.parts.index.stripped(lower)) offer(id, exact >= 0 ? w.unmarked : w.strip);
    }
    if (exact >= 0) found.set(exact, 0);
    return this.toOptions(found, exact, undoubled.length > 0 ? -Infinity : keepScore, w.markedCandidateMargin);
  }

  /**
   * The syllables a word becomes with one of two neighbouring vowels of the same letter, one of
   * them marked, left out: the Vietnamese model reads a capital with stacked marks twice
   * ("THƯỞỚNG", "THỤỰC").
   */
  private undoubled(lower: string): number[] {
    const chars = [...lower];
    const ids: number[] = [];
    for (let i = 1; i < chars.length; i++) {
      // Unmarked pairs are foreign spellings ("Daan", "zoo"), not a mark read twice.
      if (!isVowel(chars[i]) || !isVowel(chars[i - 1]) || foldText(chars[i]) !== foldText(chars[i - 1])) continue;
      if (!hasMarks(chars[i]) && !hasMarks(chars[i - 1])) continue;
      for (const drop of [i - 1, i]) {
        const id = this.parts.index.exact(chars.filter((_, k) => k !== drop).join(''));
        if (id >= 0 && !ids.includes(id)) ids.push(id);
      }
    }
    return ids;
  }

  /**
   * Options in stripped or Latin-only OCR text: marks are absent or unreliable. Text that
   * looks cleanly stripped still gets OCR readings, at a discount (short OCR snippets look alike).
   */
  private damagedOptions(lower: string, keepScore: number, ocr: boolean): TokenOption[] {
    const w = this.parts.weights;
    const exact = this.parts.index.exact(lower);
    const found = new Map<number, number>();
    const offer = (id: number, score: number) => {
      if (score > (found.get(id) ?? -Infinity)) found.set(id, score);
    };
    const plain = lower === foldText(lower);
    // The foreign words the model knows are readings too ("cup": cúp, cụp or cup; "algerie":
    // algérie); less so in Latin-only OCR, which makes English of Vietnamese ("by" for "bộ").
    const { foreign } = this.parts.model;
    if (plain) for (const id of this.parts.index.stripped(lower)) offer(id, ocr && foreign[id] === 1 ? w.strip + w.foreignInOcr : w.strip);
    const ocrWeight = ocr ? w.ocr : w.ocr + w.ocrInStripped;
    const known = plain && found.size > 0 ? w.strip - ocrWeight : -Infinity;
    // In stripped text a word that strips a common syllable is read as one: OCR readings are for
    // the words that strip none or only rare ones ("Pai hoi Pang": pai, păng), and walking to
    // them costs more than all the rest.
    if (ocr || known === -Infinity || this.commonestReading(found) < COMMON_READING) {
      for (const [id, logp] of this.parts.index.throughChannel(lower, this.parts.latin, -14, WALK_MARGIN, known)) offer(id, ocrWeight + logp);
    }
    // Latin-only OCR damages more than marks: the right word may start further behind ("doi": dõi).
    return ocr ? this.toOptions(found, exact, keepScore, w.ocrCandidateMargin, w.ocrCandidates) : this.toOptions(found, exact, keepScore, w.candidateMargin);
  }
}
