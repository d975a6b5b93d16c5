// Restores marks and OCR slips in a text: tokens become lattices of candidate syllables,
// the decoder picks the likeliest sentence, and every untouched character is copied through.
import type { SyllableIndex } from './candidates.js';
import { casingAt } from './casing.js';
import { allLetters, type ConfusionChannel } from './channel.js';
import { decode, rescoreInContext, type DecodeOptions, type PairBonus } from './decoder.js';
import { hasMarks } from './letters.js';
import { KEPT_KINDS, type Lexicon } from './lexicon.js';
import { punctuationId, UNKNOWN, type LanguageModel } from './lm.js';
import { splitGlued } from './glued.js';
import { FIXED, tokenOption, TokenOptions, type TextKind, type TokenOption } from './options.js';
import { tokenize, type Token } from './tokenizer.js';
import { liftedScores, type Lifting } from './lifts.js';
import type { TopicModel } from './topics.js';
import type { RestoreResult, Restorer } from './types.js';
import { DEFAULT_WEIGHTS, type RestoreWeights } from './weights.js';

export { DEFAULT_WEIGHTS, type RestoreWeights } from './weights.js';

export interface TokenRecord {
  input: string;
  output: string;
  alternatives: Array<{ text: string; score: number }>;
}

const UPPER = /^\p{Lu}/u;
/** Longest run decoded at once: bounds memory on text without punctuation (OCR of a table, say). */
const MAX_RUN = 2000;
/** What Latin-only OCR leaves in words and stripping never does: digits, symbols, non-ASCII letters. */
const OCR_SIGNS = /[^a-zđ]/u;
/** Most words whose signs (marks, OCR debris) are remembered before starting afresh. */
const SIGNS_LIMIT = 100_000;
/** Lower-case Vietnamese letters only (most words): each has a capital, so the case says nothing. */
const LOWER_WORD = new RegExp(`^[${allLetters().join('')}]+$`, 'u');
/** The ASCII characters LOWER_WORD holds, by code: most words need no regex. */
const LOWER_ASCII = new Uint8Array(128);
for (const letter of allLetters()) if (letter.charCodeAt(0) < 128 && letter.length === 1) LOWER_ASCII[letter.charCodeAt(0)] = 1;

/** LOWER_WORD.test(word), read by character codes while they stay ASCII. */
function isLowerWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return LOWER_WORD.test(word);
    if (LOWER_ASCII[code] === 0) return false;
  }
  return word.length > 0;
}

/** Which side of a kept acronym a syllable stands on. */
type KeptSide = 'after' | 'before';

/** A lower-case letter followed by an upper-case one: case no writer uses. */
const IRREGULAR_CASE = /\p{Ll}\p{Lu}/u;

/** A single letter closed by a parenthesis: "a)", "b)" mark list items. */
function isListMark(tokens: Token[], at: number): boolean {
  return tokens[at].text.length === 1 && (tokens[at + 1]?.text ?? '').startsWith(')');
}

/** Capitalised but not all caps, as a name is written ("Việt", not "VIỆT"). */
function isTitleCase(word: string): boolean {
  return UPPER.test(word) && word !== word.toUpperCase();
}

/** Two or more letters, all capitals: "KHEN", "THƯỞNG". */
function isAllCaps(word: string): boolean {
  return [...word].length > 1 && UPPER.test(word) && word === word.toUpperCase();
}

/** The line ending in `before` goes on into the line starting with `after`: a name, or a line of capitals wrapped. */
function goesOn(before: string, after: string): boolean {
  return isTitleCase(before) || (isAllCaps(before) && isAllCaps(after));
}

/** The output spelled with the input's case: all caps, capitalised or lower. */
export function applyCase(input: string, output: string): string {
  if (isLowerWord(input)) return output;
  let letters = 0;
  let capitals = 0;
  let first: boolean | undefined;
  for (const char of input) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    // A letter without case (rare here) counts as a capital, as /\p{Lu}/ would not but the all-caps test did.
    if (lower === upper && !/\p{L}/u.test(char)) continue;
    letters++;
    const capital = char === upper;
    if (capital) capitals++;
    if (first === undefined) first = UPPER.test(char);
  }
  if (letters > 1 && capitals === letters) return output.toUpperCase();
  if (first) return output.charAt(0).toUpperCase() + output.slice(1);
  return output;
}

/** Where the scores of a lattice's options from position `start` on begin in `options.scores`. */
function runScoresFrom(lattice: TokenOption[][], options: DecodeOptions, start: number): number {
  let from = options.scoresFrom ?? 0;
  for (let i = 0; i < start; i++) from += lattice[i].length;
  return from;
}

/** Every option's own score, in lattice order (as DecodeOptions.scores holds them). */
function ownScores(lattices: TokenOption[][][]): Float64Array {
  let size = 0;
  for (const lattice of lattices) for (const options of lattice) size += options.length;
  const scores = new Float64Array(size);
  let at = 0;
  for (const lattice of lattices) for (const options of lattice) for (const option of options) scores[at++] = option.score;
  return scores;
}

/** The lattices with their options' scores replaced by `scores` (all options in order), where they differ. */
function withScores(lattices: TokenOption[][][], scores: Float64Array): TokenOption[][][] {
  let at = 0;
  return lattices.map((lattice) =>
    lattice.map((options) =>
      options.map((option) => {
        const score = scores[at++];
        return score === option.score ? option : tokenOption(option.id, score, option.output);
      })));
}

export interface RestorerParts {
  model: LanguageModel;
  index: SyllableIndex;
  /** Latin-only OCR (`eng` reading Vietnamese). */
  latinChannel: ConfusionChannel;
  /** The Vietnamese OCR model's slips. */
  vietnameseChannel: ConfusionChannel;
  lexicon: Lexicon;
  /** Words written whole that are no syllable (foreign names): never cut as glued syllables. @defaultValue none */
  wholeWords?: Iterable<string>;
  /** What the words around a position say of it (see topics.ts). @defaultValue none: no topic lifts */
  topics?: TopicModel;
  weights?: Partial<RestoreWeights>;
}

export class SyllableRestorer implements Restorer {
  private readonly model: LanguageModel;
  private readonly index: SyllableIndex;
  private readonly weights: RestoreWeights;
  /** What the scored passes lift readings by: the document cache and the topic vectors. */
  private readonly lifting: Lifting;
  private readonly options: TokenOptions;
  private readonly pairBonus = new Map<number, number>();
  private readonly bonus: PairBonus;
  private readonly decodeOptions: DecodeOptions;
  /** Words never cut as glued syllables: the corpus's foreign words and the lexicon's one-word terms, lower case. */
  private readonly wholeWords: Set<string>;
  /** The document cache's first pass only counts topic words: a narrower beam will do. */
  private readonly countingOptions: DecodeOptions;
  /** Per word as written: 1 when a validly marked syllable, plus 2 when it bears OCR signs. */
  private readonly wordSigns = new Map<string, number>();
  /** Options rescored by case, [lower, capital], by the shared options they come from. */
  private readonly casedOptions = new WeakMap<TokenOption[], TokenOption[][]>();
  /**
   * The syllables the lexicon's phrases put after and before each kept acronym ("Liên minh HTX
   * tỉnh": tỉnh after HTX, minh before it).
   */
  private readonly besideKept: Record<KeptSide, Map<string, Set<number>>> = { after: new Map(), before: new Map() };
  /** Options raised by the acronym beside them, by the shared options they come from, then the side and the acronym. */
  private readonly keptRaisedOptions = new WeakMap<TokenOption[], Map<string, TokenOption[]>>();
  /** The option of each punctuation mark read as a word (null: a mark that cuts), by its text. */
  private readonly punctuation = new Map<string, TokenOption[] | null>();
  private readonly terms = new Map<string, Set<string>>();

  termsOf(kind: string): ReadonlySet<string> {
    return this.terms.get(kind) ?? new Set();
  }

  constructor(parts: RestorerParts) {
    for (const { term, kind } of parts.lexicon.entries) {
      const terms = this.terms.get(kind) ?? new Set<string>();
      this.terms.set(kind, terms.add(term));
    }
    this.model = parts.model;
    this.index = parts.index;
    this.wholeWords = new Set(parts.wholeWords);
    for (const { term } of parts.lexicon.entries) if (!/\s/u.test(term)) this.wholeWords.add(term.toLowerCase());
    this.weights = { ...DEFAULT_WEIGHTS, ...parts.weights };
    this.lifting = { model: parts.model, weights: this.weights, topics: parts.topics };
    this.options = new TokenOptions({
      model: parts.model,
      index: parts.index,
      latin: parts.latinChannel,
      vietnamese: parts.vietnameseChannel,
      kept: parts.lexicon.kept,
      weights: this.weights,
    });
    for (const { term, kind } of parts.lexicon.entries) {
      if (KEPT_KINDS.has(kind)) continue;
      const words = tokenize(term).filter((token) => token.kind === 'word');
      const ids = words.map((token) => this.index.exact(token.text.toLowerCase()));
      for (let i = 1; i < ids.length; i++) {
        if (ids[i - 1] >= 0 && ids[i] >= 0) this.pairBonus.set(ids[i - 1] * 65536 + ids[i], this.weights.lexiconPair);
        // An acronym cuts the model's context, but the lexicon knows what stands beside it ("minh HTX tỉnh").
        if (parts.lexicon.kept.has(words[i - 1].text) && ids[i] >= 0) this.addBesideKept('after', words[i - 1].text, ids[i]);
        if (parts.lexicon.kept.has(words[i].text) && ids[i - 1] >= 0) this.addBesideKept('before', words[i].text, ids[i - 1]);
      }
    }
    // Most syllables start no lexicon pair: a flag per id spares the map lookup.
    const starts = new Uint8Array(this.model.vocab.length);
    for (const key of this.pairBonus.keys()) starts[Math.floor(key / 65536)] = 1;
    const pairs = this.pairBonus;
    this.bonus = (previous, current) => (starts[previous] === 1 ? (pairs.get(previous * 65536 + current) ?? 0) : 0);
    this.decodeOptions = { bonus: this.bonus, beamWidth: this.weights.beamWidth, beamStates: this.weights.beamStates, closed: true };
    this.countingOptions = { bonus: this.bonus, beamWidth: this.weights.countingBeamWidth, beamStates: this.weights.countingBeamStates, closed: true };
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

  /** Marked when enough syllables carry valid marks (then marks are trusted); else stripped or Latin-only OCR. */
  private textKind(tokens: Token[]): TextKind {
    let words = 0;
    let marked = 0;
    let ocrSigns = 0;
    // By index: this loop's for-of allocated an iterator result per token.
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.kind !== 'word') continue;
      words++;
      let signs = this.wordSigns.get(token.text);
      if (signs === undefined) {
        const lower = token.text.toLowerCase();
        signs = (hasMarks(lower) && this.index.exact(lower) >= 0 ? 1 : 0) + (OCR_SIGNS.test(lower) ? 2 : 0);
        if (this.wordSigns.size >= SIGNS_LIMIT) this.wordSigns.clear();
        this.wordSigns.set(token.text, signs);
      }
      marked += signs & 1;
      ocrSigns += signs >> 1;
    }
    if (words > 0 && marked / words >= this.weights.markedShare) return 'marked';
    return ocrSigns > 0 && ocrSigns >= words * this.weights.ocrShare ? 'latin-ocr' : 'stripped';
  }

  private run(text: string, explain: boolean) {
    let tokens = tokenize(text);
    // An acronym of the lexicon read with a digit for a letter ("LIÊN MINH H1X") is that acronym.
    for (let i = 0; i < tokens.length; i++) {
      const reading = tokens[i].kind === 'word' ? this.options.keptReading(tokens[i].text) : undefined;
      if (reading !== undefined) tokens[i] = { ...tokens[i], text: reading };
    }
    const kind = this.textKind(tokens);
    // Only Latin-only OCR runs words together; stripped text keeps its spaces (and its foreign names whole).
    if (kind === 'latin-ocr') tokens = splitGlued(tokens, (piece) => this.options.of({ kind: 'word', text: piece }, kind), this.model, this.wholeWords);
    const segments: number[][] = [];
    let segment: number[] = [];
    const flush = () => {
      if (segment.length > 0) segments.push(segment);
      segment = [];
    };
    tokens.forEach((token, i) => {
      if (token.kind === 'word' || token.kind === 'keep') segment.push(i);
      // The model reads a comma, a bracket or a quote as a word: the clause after it keeps its context.
      else if (token.kind === 'punct' && this.punctuationOptions(token.text)) {
        if (segment.length > 0) segment.push(i);
      } else if (token.kind === 'punct' || token.kind === 'break') flush();
      // A line that starts with a capital starts a new heading or sentence more often than not,
      // unless the line before ends in a name that may go on ("Việt / Nam"), or both are set in
      // capitals, as a header wrapped in its narrow column is ("KHEN / THƯỞNG").
      else if (token.text.includes('\n') && UPPER.test(tokens[i + 1]?.text ?? '') && !goesOn(tokens[i - 1]?.text ?? '', tokens[i + 1]?.text ?? '')) flush();
    });
    flush();
    let lattices = segments.map((positions) => {
      const options = positions.map((at) => {
        // Only marks read as words were put in a segment.
        if (tokens[at].kind === 'punct') return this.punctuationOptions(tokens[at].text)!;
        return isListMark(tokens, at) ? FIXED : this.options.of(tokens[at], kind);
      });
      // A reading the candidate cut dropped comes back where the word before makes it likely.
      return options.map((here, i) => {
        if (tokens[positions[i]].kind === 'punct') return here;
        let lifted = i === 0 ? here : this.options.withRescued(here, options[i - 1]);
        // Beside an acronym (kept as written: its only option is FIXED), what the lexicon puts there.
        if (i > 0 && options[i - 1] === FIXED) lifted = this.withKeptBeside(lifted, 'after', tokens[positions[i - 1]].text);
        if (options[i + 1] === FIXED) lifted = this.withKeptBeside(lifted, 'before', tokens[positions[i + 1]].text);
        return this.withCasing(lifted, tokens, positions[i]);
      });
    });
    let choices: number[][];
    // Marked text needs no second pass: its syllables are mostly read as written.
    if (this.weights.documentCache > 0 && kind !== 'marked') {
      // The first pass only counts what the text is about: a narrow beam. Each scored pass then
      // decodes the segments again, lifted by what the pass before read around them, save those
      // the lifts can only have confirmed.
      choices = lattices.map((lattice) => this.decodeLattice(lattice, this.countingOptions));
      let scores = ownScores(lattices);
      for (let pass = 0; pass < Math.max(1, this.weights.scoredPasses); pass++) {
        const before = scores;
        scores = liftedScores(lattices, choices, this.lifting);
        choices = this.decodeScored(lattices, scores, before, choices);
      }
      // Only the explanation's scores show the lifts: decoding read them from the array.
      if (explain) lattices = withScores(lattices, scores);
    } else {
      choices = lattices.map((lattice) => this.decodeLattice(lattice));
    }
    const outputs: Array<string | undefined> = new Array(tokens.length);
    const records: TokenRecord[] = [];
    const stats = { syllables: 0, changed: 0, unknown: 0 };
    segments.forEach((positions, s) => this.emit(tokens, positions, lattices[s], choices[s], outputs, stats, explain ? records : undefined));
    return { tokens, outputs, stats, records };
  }

  /**
   * Every segment decoded with its options' scores read from `scores` (in lattice order), but
   * where the pass before chose `before` under `beforeScores` and no option gained on the chosen
   * one by more than the weights' `rescoreSlack` in all: there the chosen path only gained on
   * every other, and the pass before's choice stands.
   */
  private decodeScored(lattices: TokenOption[][][], scores: Float64Array, beforeScores: Float64Array, before: number[][]): number[][] {
    // One options object, moved along the scores segment by segment (decoding is synchronous).
    const scored: DecodeOptions = { ...this.decodeOptions, scores, scoresFrom: 0 };
    const allowed = this.weights.rescoreSlack;
    let scoresFrom = 0;
    return lattices.map((lattice, s) => {
      const from = scoresFrom;
      let slack = 0;
      for (let i = 0; i < lattice.length; i++) {
        const options = lattice[i].length;
        if (options > 1) {
          const mine = scoresFrom + before[s][i];
          const gain = scores[mine] - beforeScores[mine];
          let most = 0;
          for (let k = scoresFrom; k < scoresFrom + options; k++) most = Math.max(most, scores[k] - beforeScores[k] - gain);
          slack += most;
        }
        scoresFrom += options;
      }
      if (slack <= allowed) return before[s];
      scored.scoresFrom = from;
      return this.decodeLattice(lattice, scored);
    });
  }

  /** The chosen option per position; words kept as written cut the context. */
  private decodeLattice(lattice: TokenOption[][], options = this.decodeOptions): number[] {
    // An acronym says little about the next syllable, and the corpus's <unk> (foreign names)
    // would say the wrong thing.
    let chosen: number[] | undefined;
    for (let start = 0; start < lattice.length; ) {
      let end = start;
      let ambiguous = false;
      while (end < lattice.length && end - start < MAX_RUN && lattice[end] !== FIXED) ambiguous = lattice[end++].length > 1 || ambiguous;
      // A run with one option per word (most of a correctly marked text) needs no decoding.
      if (ambiguous) {
        // Most segments are one run: decode them as they are.
        const whole = start === 0 && end === lattice.length;
        // Only the last run ends where the segment does.
        const run = whole
          ? decode(lattice, this.model, options)
          : decode(lattice.slice(start, end), this.model, {
            ...options,
            closed: end === lattice.length && options.closed,
            scoresFrom: options.scores ? runScoresFrom(lattice, options, start) : undefined,
          });
        if (whole) return run;
        chosen ??= new Array<number>(lattice.length).fill(0);
        for (let k = 0; k < run.length; k++) chosen[start + k] = run[k];
      }
      // A fixed word is skipped; a run cut at MAX_RUN goes on from where it stopped.
      start = end < lattice.length && lattice[end] === FIXED ? end + 1 : end;
    }
    return chosen ?? new Array<number>(lattice.length).fill(0);
  }

  private emit(
    tokens: Token[],
    positions: number[],
    lattice: TokenOption[][],
    chosen: number[],
    outputs: Array<string | undefined>,
    stats: { syllables: number; changed: number; unknown: number },
    records: TokenRecord[] | undefined,
  ): void {
    positions.forEach((at, i) => {
      const token = tokens[at];
      const option = lattice[i][chosen[i]];
      const output = this.outputOf(token.text, option);
      outputs[at] = output;
      if (token.kind === 'word' && lattice[i] !== FIXED) {
        // A foreign word the model knows is still no syllable: counted unknown, as before the model knew it.
        if (option.id !== UNKNOWN && this.model.foreign[option.id] === 0) stats.syllables++;
        else stats.unknown++;
        if (output !== token.text) stats.changed++;
      }
      if (records && token.kind !== 'punct') {
        const scores = rescoreInContext(lattice, chosen, i, this.model, this.bonus, true);
        const alternatives = lattice[i]
          .map((alt, k) => ({ text: this.outputOf(token.text, alt), score: Number(scores[k].toFixed(3)) }))
          .sort((a, b) => b.score - a.score)
          .slice(0, 5);
        records.push({ input: token.text, output, alternatives });
      }
    });
  }

  /**
   * The only option of a punctuation mark the model reads as a word: itself; null for a mark
   * that ends the segment.
   */
  private punctuationOptions(text: string): TokenOption[] | null {
    let options = this.punctuation.get(text);
    if (options === undefined) {
      const id = punctuationId(text);
      options = id < 0 ? null : [tokenOption(id, 0)];
      // OCR debris makes punctuation of every shape: start afresh rather than grow.
      if (this.punctuation.size >= SIGNS_LIMIT) this.punctuation.clear();
      this.punctuation.set(text, options);
    }
    return options;
  }

  private addBesideKept(side: KeptSide, acronym: string, id: number): void {
    let ids = this.besideKept[side].get(acronym);
    if (!ids) this.besideKept[side].set(acronym, (ids = new Set()));
    ids.add(id);
  }

  /**
   * The options on the given side of an acronym (after it, or before it), those the lexicon puts
   * there raised by the lexicon's pair weight.
   */
  private withKeptBeside(options: TokenOption[], side: KeptSide, acronym: string): TokenOption[] {
    const beside = this.besideKept[side].get(acronym);
    if (!beside || options.length < 2 || !options.some((option) => beside.has(option.id))) return options;
    let byAcronym = this.keptRaisedOptions.get(options);
    if (!byAcronym) this.keptRaisedOptions.set(options, (byAcronym = new Map()));
    const key = `${side} ${acronym}`;
    let raised = byAcronym.get(key);
    if (!raised) {
      const weight = this.weights.lexiconPair;
      raised = options.map((option) => (beside.has(option.id) ? tokenOption(option.id, option.score + weight, option.output) : option));
      byAcronym.set(key, raised);
    }
    return raised;
  }

  /** The options rescored by what the token's case says of each syllable (names are capitalised). */
  private withCasing(options: TokenOption[], tokens: Token[], at: number): TokenOption[] {
    const weight = this.weights.casing;
    if (options.length < 2 || weight === 0) return options;
    const casing = casingAt(tokens, at);
    if (casing === 'none') return options;
    const capital = casing === 'capital';
    // Options are shared by every occurrence of a token: rescore them once per case.
    let cased = this.casedOptions.get(options);
    if (!cased) this.casedOptions.set(options, (cased = []));
    const slot = capital ? 1 : 0;
    return (cased[slot] ??= options.map((option) =>
      option.id === UNKNOWN ? option : tokenOption(option.id, option.score + weight * this.model.casingScore(option.id, capital), option.output)));
  }

  /** What a token prints for an option; a valid syllable in broken case ("rỘng") is recased. */
  private outputOf(input: string, option: TokenOption): string {
    if (option.output !== undefined) return applyCase(input, option.output);
    // A foreign word keeps its own case ("MacArthur", "YouTube").
    if (option.id === UNKNOWN || this.model.foreign[option.id] === 1 || !IRREGULAR_CASE.test(input)) return input;
    return applyCase(input, input.toLowerCase());
  }
}
