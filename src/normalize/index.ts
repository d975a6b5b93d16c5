// Loads the shipped dictionaries (language model, confusion channel, domain lexicon) into a
// restorer that puts back Vietnamese marks and repairs OCR slips.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SyllableIndex } from './candidates.js';
import { ConfusionChannel, parseConfusions } from './channel.js';
import { loadLexicon } from './lexicon.js';
import { deserializeModel, LanguageModel } from './lm.js';
import { CONFUSIONS_FILE, dictionariesDir, LEXICON_FOLDER, MODEL_FILE, TOPICS_FILE, WHOLE_WORDS_FILE } from './paths.js';
import { SyllableRestorer, type RestoreWeights } from './restorer.js';
import { deserializeTopics, TopicModel, vocabularyHash } from './topics.js';
import type { Restorer } from './types.js';

export interface RestorerOptions {
  /** Extra lexicon TSV files (`term\tkind`), merged with dictionaries/lexicon/*.tsv. */
  lexiconFiles?: string[];
  /** Another dictionaries folder (tests, experiments). @defaultValue the package's dictionaries/ */
  dictionaries?: string;
  /** Channel weights; see DEFAULT_WEIGHTS. */
  weights?: Partial<RestoreWeights>;
}

/** Hand-written confusions: Vietnamese-model slips and Latin-only readings too rare to learn. */
export const HAND_CONFUSIONS_FILE = 'confusions-hand.tsv';

/** Pseudo-count of a wrong Latin-1 accent in Latin-only OCR ("mánh" for "mạnh"). */
const LATIN_ACCENT_NOISE = 0.4;

export async function loadSyllableRestorer(options: RestorerOptions = {}): Promise<SyllableRestorer> {
  const folder = options.dictionaries ?? dictionariesDir();
  const model = new LanguageModel(deserializeModel(await readFile(join(folder, MODEL_FILE))));
  const rows = parseConfusions(await readFile(join(folder, CONFUSIONS_FILE), 'utf8'));
  const handFile = join(folder, HAND_CONFUSIONS_FILE);
  if (existsSync(handFile)) rows.push(...parseConfusions(await readFile(handFile, 'utf8')));
  const rowsOf = (models: string[]) => rows.filter((row) => models.includes(row.model));
  const wholeFile = join(folder, WHOLE_WORDS_FILE);
  const wholeWords = existsSync(wholeFile) ? gunzipSync(await readFile(wholeFile)).toString('utf8').split('\n').filter(Boolean) : [];
  const topicsFile = join(folder, TOPICS_FILE);
  let topics: TopicModel | undefined;
  if (existsSync(topicsFile)) {
    const data = deserializeTopics(await readFile(topicsFile));
    if (data.vocabularyHash !== vocabularyHash(model.vocab)) {
      throw new Error(`${topicsFile} was built with another language model: rebuild both with npm run build:dictionary`);
    }
    topics = new TopicModel(data);
  }
  return new SyllableRestorer({
    model,
    index: new SyllableIndex(model),
    latinChannel: new ConfusionChannel(rowsOf(['eng', 'hand-eng']), { accentNoise: LATIN_ACCENT_NOISE }),
    vietnameseChannel: new ConfusionChannel(rowsOf(['vie', 'hand-vie']), { priorWeight: 0.2 }),
    lexicon: loadLexicon(join(folder, LEXICON_FOLDER), options.lexiconFiles ?? []),
    wholeWords,
    topics,
    weights: options.weights,
  });
}

export async function loadRestorer(options: RestorerOptions = {}): Promise<Restorer> {
  return loadSyllableRestorer(options);
}
