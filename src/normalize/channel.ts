// The confusion channel: how likely a true letter is read as a given 0–3 character string,
// learnt per OCR model (dictionaries/confusions.tsv) and smoothed with mark-stripping priors.
import { baseOf, foldLetter, isVowel, toneOf, withTone } from './letters.js';

export interface ConfusionRow {
  model: string;
  truth: string;
  read: string;
  count: number;
}

export interface Reading {
  /** The true letter. */
  truth: string;
  /** The true letter's code point (tries key their letters so). */
  code: number;
  /** Natural log of P(read | truth). */
  logp: number;
}

const LETTERS = [...'abcdđeghiklmnopqrstuvxyfjwz'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** Every lowercase Vietnamese letter, tones included. */
export function allLetters(): string[] {
  const out = new Set(LETTERS);
  for (const vowel of VOWELS) for (let tone = 0; tone < 6; tone++) out.add(withTone(vowel, tone));
  return [...out];
}

export interface ChannelOptions {
  /** Scales the mark-stripping pseudo-counts. @defaultValue 1 */
  priorWeight?: number;
  /**
   * Pseudo-count of a vowel read as any Latin-1 accented letter of its family (ạ → á, ự → ú):
   * an OCR model without Vietnamese guesses accents. @defaultValue 0
   */
  accentNoise?: number;
}

/** Latin-1 accents an OCR model without Vietnamese can put on a vowel: acute, grave, circumflex. */
const LATIN_ACCENTS: Record<string, string[]> = {
  a: ['á', 'à', 'â', 'ã'], e: ['é', 'è', 'ê'], i: ['í', 'ì'], o: ['ó', 'ò', 'ô', 'õ'], u: ['ú', 'ù'], y: ['ý'],
};

/** Pseudo-counts every letter gets before data: read as itself, stripped, or half-stripped. */
function priorReadings(letter: string, accentNoise: number): Map<string, number> {
  const prior = new Map<string, number>();
  const add = (read: string, count: number) => prior.set(read, (prior.get(read) ?? 0) + count);
  add(letter, 2);
  add(foldLetter(letter), 2);
  if (isVowel(letter)) {
    add(baseOf(letter), 0.5);
    add(withTone(foldLetter(letter), toneOf(letter)), 0.5);
    if (accentNoise > 0) for (const accented of LATIN_ACCENTS[foldLetter(letter)] ?? []) add(accented, accentNoise);
  }
  return prior;
}

/** P(read | truth) for one OCR model, indexed by the string read. */
export class ConfusionChannel {
  private readonly byRead = new Map<string, Reading[]>();
  private readonly vanishing: Reading[] = [];
  private readonly vanishingCost = new Map<number, number>();
  readonly longestRead: number;

  /** `rows` of this model only. */
  constructor(rows: ConfusionRow[], options: ChannelOptions = {}) {
    const priorWeight = options.priorWeight ?? 1;
    const table = new Map<string, Map<string, number>>();
    for (const letter of allLetters()) {
      const prior = priorReadings(letter, options.accentNoise ?? 0);
      for (const [read, count] of prior) prior.set(read, count * priorWeight);
      table.set(letter, prior);
    }
    for (const { truth, read, count } of rows) {
      const row = table.get(truth);
      if (!row) continue;
      row.set(read, (row.get(read) ?? 0) + count);
    }
    let longest = 1;
    for (const [truth, row] of table) {
      let total = 0;
      for (const count of row.values()) total += count;
      for (const [read, count] of row) {
        const reading = { truth, code: truth.codePointAt(0) ?? 0, logp: Math.log(count / total) };
        if (read === '') {
          this.vanishing.push(reading);
          continue;
        }
        longest = Math.max(longest, read.length);
        const list = this.byRead.get(read) ?? [];
        list.push(reading);
        this.byRead.set(read, list);
      }
    }
    this.longestRead = longest;
    for (const { code, logp } of this.vanishing) this.vanishingCost.set(code, logp);
    // Likeliest first, so walks meet good readings early and prune the rest.
    for (const list of this.byRead.values()) list.sort((a, b) => b.logp - a.logp);
  }

  /** True letters that can be read as `read`. */
  readingsOf(read: string): Reading[] {
    return this.byRead.get(read) ?? [];
  }

  /** True letters OCR may drop entirely. */
  get dropped(): Reading[] {
    return this.vanishing;
  }

  /** log P(a true letter, by code point, vanishes), or undefined when it never does. */
  dropCost(code: number): number | undefined {
    return this.vanishingCost.get(code);
  }
}

/** Rows of a confusions TSV (`model\ttruth\tread\tcount`). */
export function parseConfusions(text: string): ConfusionRow[] {
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [model, truth, read, count] = line.split('\t');
      return { model, truth: truth.normalize('NFC'), read: (read ?? '').normalize('NFC'), count: Number(count) };
    })
    .filter((row) => row.count > 0);
}
