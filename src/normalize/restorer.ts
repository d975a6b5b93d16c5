// Restores marks and OCR slips in a text: tokens become lattices of candidate syllables,
// the decoder picks the likeliest sentence, and every untouched character is copied through.
import { SyllableIndex, bestCandidates } from './candidates.js';
import type { ConfusionChannel } from './channel.js';
import { decode, rescoreInContext, type LatticeOption, type PairBonus } from './decoder.js';
import { canonicalSyllable, foldText, hasMarks, isVowel } from './letters.js';
import type { Lexicon } from './lexicon.js';
import { NUMBER, UNKNOWN, type LanguageModel } from './lm.js';
import { casingAt } from './casing.js';
import { tokenize, type Token } from './tokenizer.js';
import type { RestoreResult, Restorer } from './types.js';

/** Log-probability weights of the channel; defaults were tuned on training text only. */
export interface RestoreWeights {
  /** Share of syllables with valid marks above which a text counts as correctly marked. @defaultValue 0.3 */
  markedShare: number;
  /** Damaged text: log weight of the mark-stripping channel. @defaultValue log 0.5 */
  strip: number;
  /** Damaged text: log weight of the Latin-only OCR channel. @defaultValue log 0.5 */
  ocr: number;
  /** Marked text: log weight of replacing a valid syllable by a slip correction. @defaultValue -7 */
  slip: number;
  /** Marked text: log weight of adding marks to an unmarked valid syllable. @defaultValue -6 */
  unmarked: number;
  /** Log score of keeping a token that is no syllable as it is. @defaultValue -14 */
  keepUnknown: number;
  /** The same for an all-caps token, likely an acronym. @defaultValue -7 */
  keepAcronym: number;
  /** Marked text: the same; there a plain non-syllable is a foreign word more often than damage. @defaultValue -3 */
  keepMarked: number;
  /** Bonus for a syllable pair inside a lexicon phrase. @defaultValue 1.5 */
  lexiconPair: number;
  /** Damaged text: log weight of reading a one- or two-digit number as a syllable ("13" → "là"). @defaultValue -1 */
  digitSyllable: number;
  /** Weight of log P(case | syllable): how much a capital mid-sentence argues for a name. @defaultValue 1 */
  casing: number;
  /** Most candidates per token. @defaultValue 12 */
  candidates: number;
  /** Damaged text: candidates further than this (log, channel + unigram) behind the best are dropped. @defaultValue 6 */
  candidateMargin: number;
  /** Marked text: the same, wider, since slip corrections start far behind the text as written. @defaultValue 16 */
  markedCandidateMargin: number;
  /** Decoder states further than this behind the best are dropped. @defaultValue 10 */
  beamWidth: number;
}

export const DEFAULT_WEIGHTS: RestoreWeights = {
  markedShare: 0.3,
  strip: Math.log(0.5),
  ocr: Math.log(0.5),
  slip: -7,
  unmarked: -6,
  keepUnknown: -14,
  keepAcronym: -7,
  keepMarked: -3,
  lexiconPair: 1.5,
  digitSyllable: -1,
  casing: 1,
  candidates: 12,
  candidateMargin: 6,
  markedCandidateMargin: 16,
  beamWidth: 10,
};

/** One option of a token: a syllable id and the text it would print (undefined: the input). */
interface TokenOption extends LatticeOption {
  output?: string;
}

/** The only option of a token kept as written (acronym, code, initial): it also cuts the context. */
const FIXED: TokenOption[] = [{ id: UNKNOWN, score: 0 }];
const NUMBER_ONLY: TokenOption[] = [{ id: NUMBER, score: 0 }];

export interface TokenRecord {
  input: string;
  output: string;
  alternatives: Array<{ text: string; score: number }>;
}

const CACHE_LIMIT = 200_000;
/** Channel walks stop this far (log) behind the best reading: the candidate margin plus room for the unigram. */
const WALK_MARGIN = 10;
const UPPER = /^\p{Lu}/u;
/** Roman numerals (II, XVI), written in document headings and never restored. */
const ROMAN = /^[IVXLCDM]{2,}$/u;
const ONLY_LETTERS = /^\p{L}+$/u;
/** A lower-case letter followed by an upper-case one: case no writer uses. */
const IRREGULAR_CASE = /\p{Ll}\p{Lu}/u;

/** The output spelled with the input's case: all caps, capitalised or lower. */
export function applyCase(input: string, output: string): string {
  const letters = [...input].filter((char) => /\p{L}/u.test(char));
  if (letters.length > 1 && letters.every((char) => char === char.toUpperCase())) return output.toUpperCase();
  if (letters.length > 0 && UPPER.test(letters[0])) return output.charAt(0).toUpperCase() + output.slice(1);
  return output;
}

function hasVowel(lower: string): boolean {
  for (const char of lower) if (isVowel(char)) return true;
  return false;
}

export interface RestorerParts {
  model: LanguageModel;
  index: SyllableIndex;
  /** Latin-only OCR (`eng` reading Vietnamese). */
  latinChannel: ConfusionChannel;
  /** The Vietnamese OCR model's slips. */
  vietnameseChannel: ConfusionChannel;
  lexicon: Lexicon;
  weights?: Partial<RestoreWeights>;
}

export class SyllableRestorer implements Restorer {
  private readonly model: LanguageModel;
  private readonly index: SyllableIndex;
  private readonly latin: ConfusionChannel;
  private readonly vietnamese: ConfusionChannel;
  private readonly acronyms: Set<string>;
  private readonly weights: RestoreWeights;
  private readonly pairBonus = new Map<number, number>();
  private readonly cache = new Map<string, TokenOption[]>();
  private readonly bonus: PairBonus;

  constructor(parts: RestorerParts) {
    this.model = parts.model;
    this.index = parts.index;
    this.latin = parts.latinChannel;
    this.vietnamese = parts.vietnameseChannel;
    this.acronyms = parts.lexicon.acronyms;
    this.weights = { ...DEFAULT_WEIGHTS, ...parts.weights };
    for (const { term, kind } of parts.lexicon.entries) {
      if (kind === 'acronym') continue;
      const ids = tokenize(term)
        .filter((token) => token.kind === 'word')
        .map((token) => this.model.id(canonicalSyllable(token.text.toLowerCase())));
      for (let i = 1; i < ids.length; i++) {
        if (ids[i - 1] !== UNKNOWN && ids[i] !== UNKNOWN) this.pairBonus.set(ids[i - 1] * 65536 + ids[i], this.weights.lexiconPair);
      }
    }
    // Most syllables start no lexicon pair: a flag per id spares the map lookup.
    const starts = new Uint8Array(this.model.vocab.length);
    for (const key of this.pairBonus.keys()) starts[Math.floor(key / 65536)] = 1;
    const pairs = this.pairBonus;
    this.bonus = (previous, current) => (starts[previous] === 1 ? (pairs.get(previous * 65536 + current) ?? 0) : 0);
  }

  restore(text: string): RestoreResult {
    const { tokens, outputs, stats } = this.run(text, false);
    let out = '';
    tokens.forEach((token, i) => (out += outputs[i] ?? token.text));
    return { text: out, stats };
  }

  /** One record per word or kept token, with the top alternatives and their scores. */
  explain(text: string): TokenRecord[] {
    return this.run(text, true).records;
  }

  /** Whether most syllables already carry valid marks (then marks are trusted). */
  private isMarkedText(tokens: Token[]): boolean {
    let words = 0;
    let marked = 0;
    for (const token of tokens) {
      if (token.kind !== 'word') continue;
      words++;
      const lower = token.text.toLowerCase();
      if (hasMarks(lower) && this.index.exact(lower) >= 0) marked++;
    }
    return words > 0 && marked / words >= this.weights.markedShare;
  }

  private run(text: string, explain: boolean) {
    const tokens = tokenize(text);
    const marked = this.isMarkedText(tokens);
    const outputs: Array<string | undefined> = new Array(tokens.length);
    const records: TokenRecord[] = [];
    const stats = { syllables: 0, changed: 0, unknown: 0 };
    let segment: number[] = [];
    const flush = () => {
      if (segment.length > 0) this.decodeSegment(tokens, segment, marked, outputs, stats, explain ? records : undefined);
      segment = [];
    };
    tokens.forEach((token, i) => {
      if (token.kind === 'word' || token.kind === 'keep') segment.push(i);
      else if (token.kind === 'punct' || token.kind === 'break') flush();
      // A line that starts with a capital starts a new heading or sentence more often than not.
      else if (token.text.includes('\n') && UPPER.test(tokens[i + 1]?.text ?? '')) flush();
    });
    flush();
    return { tokens, outputs, stats, records };
  }

  private decodeSegment(
    tokens: Token[],
    positions: number[],
    marked: boolean,
    outputs: Array<string | undefined>,
    stats: { syllables: number; changed: number; unknown: number },
    records: TokenRecord[] | undefined,
  ): void {
    const lattice = positions.map((at) => this.withCasing(this.optionsFor(tokens[at], marked), tokens, at));
    // Words kept as written cut the context: an acronym says little about the next syllable,
    // and the corpus's <unk> (foreign names) would say the wrong thing.
    const chosen = new Array<number>(lattice.length).fill(0);
    for (let start = 0; start < lattice.length; ) {
      let end = start;
      while (end < lattice.length && lattice[end] !== FIXED) end++;
      const run = decode(lattice.slice(start, end), this.model, { bonus: this.bonus, beamWidth: this.weights.beamWidth });
      run.forEach((option, k) => (chosen[start + k] = option));
      start = end + 1;
    }
    positions.forEach((at, i) => {
      const token = tokens[at];
      const option = lattice[i][chosen[i]];
      const output = this.outputOf(token.text, option);
      outputs[at] = output;
      if (token.kind === 'word' && lattice[i] !== FIXED) {
        if (option.id !== UNKNOWN) stats.syllables++;
        else stats.unknown++;
        if (output !== token.text) stats.changed++;
      }
      if (records) {
        const scores = rescoreInContext(lattice, chosen, i, this.model, this.bonus);
        const alternatives = lattice[i]
          .map((alt, k) => ({ text: this.outputOf(token.text, alt), score: Number(scores[k].toFixed(3)) }))
          .sort((a, b) => b.score - a.score)
          .slice(0, 5);
        records.push({ input: token.text, output, alternatives });
      }
    });
  }

  /** The options rescored by what the token's case says of each syllable (names are capitalised). */
  private withCasing(options: TokenOption[], tokens: Token[], at: number): TokenOption[] {
    const weight = this.weights.casing;
    if (options.length < 2 || weight === 0) return options;
    const casing = casingAt(tokens, at);
    if (casing === 'none') return options;
    const capital = casing === 'capital';
    return options.map((option) =>
      option.id === UNKNOWN ? option : { ...option, score: option.score + weight * this.model.casingScore(option.id, capital) });
  }

  /** What a token prints for an option; a valid syllable in broken case ("rỘng") is recased. */
  private outputOf(input: string, option: TokenOption): string {
    if (option.output !== undefined) return applyCase(input, option.output);
    if (option.id === UNKNOWN || !IRREGULAR_CASE.test(input)) return input;
    return applyCase(input, input.toLowerCase());
  }

  private optionsFor(token: Token, marked: boolean): TokenOption[] {
    if (token.kind === 'keep') {
      if (!/^\d+$/u.test(token.text)) return FIXED;
      // In Latin-only OCR a short number may be a misread syllable ("13" for "là"): offer both.
      if (marked || token.text.length > 2) return NUMBER_ONLY;
      return this.cached(`n${token.text}`, () => [
        ...this.damagedOptions(token.text, -Infinity).map((option) => ({ ...option, score: option.score + this.weights.digitSyllable })),
        { id: NUMBER, score: 0 },
      ]);
    }
    const lower = token.text.toLowerCase();
    const upper = token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text);
    const acronym = upper && ONLY_LETTERS.test(token.text) && !hasVowel(lower);
    // A lone consonant is a list mark, an initial or an abbreviation ("b)", "S. T.", "v.v.").
    const initial = lower.length === 1 && !isVowel(lower);
    if (acronym || initial || this.acronyms.has(token.text) || ROMAN.test(token.text)) return FIXED;
    const keepScore = marked ? this.weights.keepMarked : upper ? this.weights.keepAcronym : this.weights.keepUnknown;
    return this.cached(`${marked ? 'm' : 'd'}${upper ? 'U' : ''}${lower}`, () =>
      marked ? this.markedOptions(lower, keepScore) : this.damagedOptions(lower, keepScore));
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

  private toOptions(found: Map<number, number>, exact: number, keepScore: number, margin: number): TokenOption[] {
    const options: TokenOption[] = bestCandidates(found, this.model, this.weights.candidates, margin).map(({ id, channel }) => ({
      id,
      score: channel,
      output: id === exact ? undefined : this.model.display[id],
    }));
    if (exact < 0 && keepScore > -Infinity) options.push({ id: UNKNOWN, score: keepScore });
    return options;
  }

  /** Options in text whose marks are mostly right: keep valid syllables unless the LM insists. */
  private markedOptions(lower: string, keepScore: number): TokenOption[] {
    const w = this.weights;
    const exact = this.index.exact(lower);
    const found = new Map<number, number>();
    const offer = (id: number, score: number) => {
      if (score > (found.get(id) ?? -Infinity)) found.set(id, score);
    };
    const slipWeight = exact >= 0 ? w.slip : 0;
    // Slips scoring below the margin behind the word as written would be dropped anyway: do not walk to them.
    const floor = exact >= 0 ? -w.markedCandidateMargin - slipWeight : -12;
    for (const [id, logp] of this.index.throughChannel(lower, this.vietnamese, Math.max(floor, -12))) offer(id, slipWeight + logp);
    if (exact < 0) {
      for (const [id, logp] of this.index.throughChannel(lower, this.latin, -14)) offer(id, w.ocr + logp - 1);
    }
    if (lower === foldText(lower)) {
      for (const id of this.index.stripped(lower)) offer(id, exact >= 0 ? w.unmarked : w.strip);
    }
    if (exact >= 0) found.set(exact, 0);
    return this.toOptions(found, exact, keepScore, w.markedCandidateMargin);
  }

  /** Options in stripped or Latin-only OCR text: marks are absent or unreliable. */
  private damagedOptions(lower: string, keepScore: number): TokenOption[] {
    const w = this.weights;
    const exact = this.index.exact(lower);
    const found = new Map<number, number>();
    const offer = (id: number, score: number) => {
      if (score > (found.get(id) ?? -Infinity)) found.set(id, score);
    };
    const plain = lower === foldText(lower);
    if (plain) for (const id of this.index.stripped(lower)) offer(id, w.strip);
    const known = plain && found.size > 0 ? w.strip - w.ocr : -Infinity;
    for (const [id, logp] of this.index.throughChannel(lower, this.latin, -14, WALK_MARGIN, known)) offer(id, w.ocr + logp);
    return this.toOptions(found, exact, keepScore, w.candidateMargin);
  }
}
