// The restorer's figures (issue 3) on text never used to build it: syllable accuracy on
// stripped held-out Wikipedia lines, WER of Latin-only OCR before/after restoration, characters
// changed in correct text, and speed. Data: dictionaries/heldout/ (see dictionaries/NOTICE).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { loadSyllableRestorer } from '../normalize/index.js';
import { foldLetter } from '../normalize/letters.js';
import { dictionariesDir } from '../normalize/paths.js';
import { tokenize } from '../normalize/tokenizer.js';
import { ocrTextSample } from '../samples/generate.js';
import type { Restorer } from '../normalize/types.js';
import type { Figure } from './report.js';
import { textMetrics } from './text-metrics.js';

/** Removes every Vietnamese mark, keeping case ("Đảng" → "Dang"). */
export function stripMarks(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const folded = foldLetter(lower);
    out += char === lower ? folded : folded.toUpperCase();
  }
  return out;
}

function readLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
}

function readPairs(file: string): Array<{ truth: string; ocr: string }> {
  return readLines(file)
    .slice(1)
    .map((line) => {
      const [truth, ocr] = line.split('\t');
      return { truth, ocr };
    });
}

/** The lines of a file in documents: runs of lines between blank lines. */
function readDocuments(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split(/\n\s*\n/u)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
}

/**
 * Share of the truth's word tokens restored exactly (case included), each document's lines
 * stripped and restored in one call (a line on its own is a document of one line).
 */
export function syllableAccuracy(restorer: Restorer, documents: string[][]): number {
  let words = 0;
  let right = 0;
  for (const lines of documents) {
    const restored = restorer.restore(stripMarks(lines.join('\n'))).text.split('\n');
    lines.forEach((truth, l) => {
      const expected = tokenize(truth).filter((token) => token.kind === 'word');
      const got = tokenize(restored[l] ?? '').filter((token) => token.kind === 'word');
      if (got.length !== expected.length) return;
      expected.forEach((token, i) => {
        words++;
        if (got[i].text === token.text) right++;
      });
    });
  }
  return words === 0 ? 0 : right / words;
}

const eachLine = (lines: string[]): string[][] => lines.map((line) => [line]);

/** Mean word error rate of the OCR lines, before and after restoration. */
export function ocrWordErrors(restorer: Restorer, pairs: Array<{ truth: string; ocr: string }>): { before: number; after: number } {
  const truth = pairs.map((pair) => pair.truth).join('\n');
  const ocr = pairs.map((pair) => pair.ocr).join('\n');
  return { before: textMetrics.wer(ocr, truth), after: textMetrics.wer(restorer.restore(ocr).text, truth) };
}

/** Character error rate of the OCR lines, before and after restoration. */
export function ocrCharacterErrors(restorer: Restorer, pairs: Array<{ truth: string; ocr: string }>): { before: number; after: number } {
  const truth = pairs.map((pair) => pair.truth).join('\n');
  const ocr = pairs.map((pair) => pair.ocr).join('\n');
  return { before: textMetrics.cer(ocr, truth), after: textMetrics.cer(restorer.restore(ocr).text, truth) };
}

/** Characters changed in correct text, over its length. */
export function changedCharacters(restorer: Restorer, lines: string[]): number {
  let changed = 0;
  let total = 0;
  for (const line of lines) {
    changed += distance(restorer.restore(line).text, line);
    total += line.length;
  }
  return total === 0 ? 0 : changed / total;
}

/** Generated documents read as old Latin-only OCR: seeds from 1100 (held out: never used to build or tune anything). */
const LATIN_OCR_DOCUMENTS = { from: 1100, count: 30 };

/**
 * The text an old Latin-only OCR made of generated documents (the samples generator's
 * `--kind ocr-text`), with their truth: the archive's backlog, a document at a time.
 */
export function generatedLatinOcr(from = LATIN_OCR_DOCUMENTS.from, count = LATIN_OCR_DOCUMENTS.count): Array<{ truth: string; ocr: string }> {
  const documents: Array<{ truth: string; ocr: string }> = [];
  for (let seed = from; seed < from + count; seed++) {
    const { truth, ocr } = ocrTextSample(seed);
    documents.push({ truth, ocr });
  }
  return documents;
}

/** Mean word error rate of the documents, before and after restoration, each restored in one call. */
export function documentWordErrors(restorer: Restorer, documents: Array<{ truth: string; ocr: string }>): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const { truth, ocr } of documents) {
    before += textMetrics.wer(ocr, truth);
    after += textMetrics.wer(restorer.restore(ocr).text, truth);
  }
  return { before: before / documents.length, after: after / documents.length };
}

/** How many fresh restorers the speed is measured on; the median is reported (a shared machine is noisy). */
const SPEED_RUNS = 5;

/**
 * Syllables per CPU second restoring `texts` (in one call each), on a freshly loaded restorer
 * (its candidate caches empty); on one that first restored `other` texts, as a restorer serving
 * a batch has restored the documents before (`batch`); and again on the same restorer and
 * texts (`warm`: every word seen, the most flattering). The median of SPEED_RUNS restorers
 * each. CPU time, not wall time, so a busy machine does not hide the single-core speed.
 */
export async function restorationSpeed(texts: string | string[], other: string[] = []): Promise<{ fresh: number; batch: number; warm: number }> {
  const fresh: number[] = [];
  const batch: number[] = [];
  const warm: number[] = [];
  const all = typeof texts === 'string' ? [texts] : texts;
  const measure = (restorer: Restorer, times: number[]) => {
    let syllables = 0;
    const started = process.cpuUsage();
    for (const text of all) {
      const { stats } = restorer.restore(text);
      syllables += stats.syllables + stats.unknown;
    }
    const used = process.cpuUsage(started);
    times.push(syllables / ((used.user + used.system) / 1e6));
  };
  for (let run = 0; run < SPEED_RUNS; run++) {
    const restorer = await loadSyllableRestorer();
    measure(restorer, fresh);
    measure(restorer, warm);
    if (other.length === 0) continue;
    const serving = await loadSyllableRestorer();
    for (const text of other) serving.restore(text);
    measure(serving, batch);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { fresh: median(fresh), batch: batch.length > 0 ? median(batch) : Number.NaN, warm: median(warm) };
}

export async function measureRestoration(): Promise<Figure[]> {
  const folder = join(dictionariesDir(), 'heldout');
  // wiki-fresh.txt was never looked at while tuning; wiki-heldout.txt was (both are held out of the build).
  // By article (blank lines between articles): restored a document at a time, as hoso restores; and line by line.
  const articles = readDocuments(join(folder, 'wiki-fresh.txt'));
  const wiki = articles.flat();
  const tuning = readLines(join(folder, 'wiki-heldout.txt'));
  const rendered = readPairs(join(folder, 'eng-ocr-heldout.tsv'));
  const seeds = readPairs(join(folder, 'seeds-ocr-truth.tsv'));
  const vietnamese = readPairs(join(folder, 'vie-ocr-heldout.tsv'));
  const coarse = readPairs(join(folder, 'vie-ocr-heldout-coarse.tsv'));
  const backlog = generatedLatinOcr();
  const loadStarted = process.cpuUsage();
  const restorer = await loadSyllableRestorer();
  const loadUsage = process.cpuUsage(loadStarted);
  const loadSeconds = (loadUsage.user + loadUsage.system) / 1e6;
  const accuracy = syllableAccuracy(restorer, eachLine(wiki));
  const articleAccuracy = syllableAccuracy(restorer, articles);
  const tuningAccuracy = syllableAccuracy(restorer, eachLine(tuning));
  const domainAccuracy = syllableAccuracy(restorer, eachLine(seeds.map((pair) => pair.truth)));
  const renderedWer = ocrWordErrors(restorer, rendered);
  const seedWer = ocrWordErrors(restorer, seeds);
  const changed = changedCharacters(restorer, wiki);
  const vieCer = ocrCharacterErrors(restorer, vietnamese);
  const coarseCer = ocrCharacterErrors(restorer, coarse);
  const backlogWer = documentWordErrors(restorer, backlog);
  // A batch's restorer has restored other documents first: the tuning sample before the fresh
  // lines, 30 other generated documents before the Latin-only OCR ones.
  const strippedSpeed = await restorationSpeed(stripMarks(wiki.join('\n')), [stripMarks(tuning.join('\n'))]);
  const cleanSpeed = await restorationSpeed(wiki.join('\n'));
  const otherBacklog = generatedLatinOcr(LATIN_OCR_DOCUMENTS.from + LATIN_OCR_DOCUMENTS.count, LATIN_OCR_DOCUMENTS.count);
  const backlogSpeed = await restorationSpeed(backlog.map((document) => document.ocr), otherBacklog.map((document) => document.ocr));
  const wikiNote = `${wiki.length} held-out viwiki lines (last 3% of the file, never used to build, not looked at while tuning)`;
  return [
    { name: 'syllable accuracy on stripped held-out text', value: accuracy, unit: '%', note: `${wikiNote}, marks stripped, each line restored on its own` },
    {
      name: 'syllable accuracy on stripped held-out text, by article',
      value: articleAccuracy,
      unit: '%',
      note: `the same lines, each of the ${articles.length} articles they come from restored in one call (the document cache sees the article)`,
    },
    { name: 'syllable accuracy on stripped held-out text (tuning sample)', value: tuningAccuracy, unit: '%', note: `${tuning.length} other held-out viwiki lines, watched while setting the weights` },
    { name: 'syllable accuracy on stripped administrative text', value: domainAccuracy, unit: '%', note: `the ${seeds.length} hand-made truth lines of seeds 000/003 (never used to build), marks stripped` },
    { name: 'WER of Latin-only OCR before restoration', value: renderedWer.before, unit: '%', note: `${rendered.length} held-out lines rendered and read by tesseract.js eng` },
    { name: 'WER of Latin-only OCR after restoration', value: renderedWer.after, unit: '%', note: `same ${rendered.length} lines, restored` },
    { name: 'WER of seed 000/003 OCR before restoration', value: seedWer.before, unit: '%', note: `${seeds.length} real scan lines with a hand-made truth` },
    { name: 'WER of seed 000/003 OCR after restoration', value: seedWer.after, unit: '%', note: `same ${seeds.length} lines, restored (the hand confusion table was written looking at these seeds)` },
    { name: 'CER of Vietnamese-model OCR before restoration', value: vieCer.before, unit: '%', note: `${vietnamese.length} held-out lines rendered and read by tesseract.js vie` },
    { name: 'CER of Vietnamese-model OCR after restoration', value: vieCer.after, unit: '%', note: `same ${vietnamese.length} lines, restored` },
    { name: 'CER of Vietnamese-model OCR of coarse scans before restoration', value: coarseCer.before, unit: '%', note: `${coarse.length} held-out lines rendered as coarse thresholded scans, read by tesseract.js vie` },
    { name: 'CER of Vietnamese-model OCR of coarse scans after restoration', value: coarseCer.after, unit: '%', note: `same ${coarse.length} lines, restored` },
    { name: 'characters changed in correct text', value: changed, unit: '%', note: wikiNote },
    {
      name: 'WER of generated Latin-only OCR documents before restoration',
      value: backlogWer.before,
      unit: '%',
      note: `${backlog.length} generated documents (seeds ${LATIN_OCR_DOCUMENTS.from}–${LATIN_OCR_DOCUMENTS.from + backlog.length - 1}) as an old Latin-only OCR reads them (samples --kind ocr-text: a damage model, not the eng engine)`,
    },
    { name: 'WER of generated Latin-only OCR documents after restoration', value: backlogWer.after, unit: '%', note: `the same ${backlog.length} documents, each restored in one call` },
    {
      name: 'restoration speed',
      value: Math.round(strippedSpeed.fresh),
      unit: 'syllables/s',
      note: `stripped held-out text (${wiki.length} lines in one call), one core, CPU time, median of ${SPEED_RUNS} fresh restorers; ` +
        `${Math.round(strippedSpeed.batch)}/s after restoring the tuning sample first, as a batch's restorer has other documents; ` +
        `${Math.round(strippedSpeed.warm)}/s on the same text again; correct text ${Math.round(cleanSpeed.fresh)}/s fresh, ` +
        `${Math.round(cleanSpeed.warm)}/s warm; loading takes ${loadSeconds.toFixed(2)} s of CPU`,
    },
    {
      name: 'restoration speed, Latin-only OCR documents',
      value: Math.round(backlogSpeed.fresh),
      unit: 'syllables/s',
      note: `the ${backlog.length} generated Latin-only OCR documents one after another, one core, CPU time, median of ${SPEED_RUNS} fresh restorers; ` +
        `${Math.round(backlogSpeed.batch)}/s after ${otherBacklog.length} other generated documents (as in a batch); ${Math.round(backlogSpeed.warm)}/s on the same documents again`,
    },
  ];
}
