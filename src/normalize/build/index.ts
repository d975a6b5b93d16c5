// `npm run build:dictionary -- CORPUS...`: builds dictionaries/lm.bin.br from the corpora
// (viwiki's training split, seeds), the administrative text we wrote and the domain lexicon,
// then the topic vectors (topics.bin.br) from the same corpora, with the model's vocabulary.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { deserializeModel, LanguageModel, serializeModel } from '../lm.js';
import { serializeTopics } from '../topics.js';
import { KEPT_KINDS, loadLexicon } from '../lexicon.js';
import { GLUED_MIN_LENGTH } from '../glued.js';
import { dictionariesDir, LEXICON_FOLDER, MODEL_FILE, TOPICS_FILE, WHOLE_WORDS_FILE } from '../paths.js';
import { canonicalSyllable } from '../letters.js';
import { isSyllable } from '../syllable.js';
import { readProseLines } from './corpus.js';
import { readCspellWords } from './cspell.js';
import { NgramCounter } from './ngram-counter.js';
import { CooccurrenceCounter } from './topics.js';

/** How many times a line counts: domain text is scarce, so it weighs more than Wikipedia. */
const WEIGHT = { wiki: 1, seed: 10, written: 20, lexicon: 5 };

/**
 * Every line both models learn from, with how many times it counts and where it comes from:
 * the corpora given (viwiki's training split), the administrative text we wrote and the
 * lexicon's terms (not the acronyms and units, which are kept as written).
 */
async function* trainingLines(corpora: string[], dictionaries: string): AsyncGenerator<{ line: string; weight: number; source: string }> {
  for (const file of corpora) {
    const weight = file.includes('viwiki') ? WEIGHT.wiki : WEIGHT.seed;
    for await (const line of readProseLines(file, 'train')) yield { line, weight, source: basename(file) };
  }
  for (const line of readFileSync(join(dictionaries, 'admin-text.txt'), 'utf8').split('\n')) yield { line, weight: WEIGHT.written, source: 'admin-text.txt' };
  for (const { term, kind } of loadLexicon(join(dictionaries, LEXICON_FOLDER)).entries) {
    if (!KEPT_KINDS.has(kind)) yield { line: term, weight: WEIGHT.lexicon, source: 'lexicon' };
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      order: { type: 'string', default: '4' },
      // Fewest occurrences kept, by order from bigrams up (see dictionaries/README.md).
      'min-counts': { type: 'string', default: '1,2,5' },
      // Rarer n-grams kept when they differ from backing off by at least this many nats.
      'keep-distinct': { type: 'string' },
      // Foreign words seen this often become words of the model (see dictionaries/README.md).
      'foreign-min-count': { type: 'string', default: '80' },
    },
  });
  const dictionaries = dictionariesDir();
  const order = Number(values.order);
  if (order !== 3 && order !== 4) throw new Error(`--order must be 3 or 4, not ${values.order}`);
  const minCounts = values['min-counts'].split(',').map(Number);
  if (minCounts.some((count) => !Number.isInteger(count) || count < 1)) throw new Error(`--min-counts takes whole numbers from 1 up, one per order from bigrams: not ${values['min-counts']}`);
  const keepDistinct = values['keep-distinct'] === undefined ? Infinity : Number(values['keep-distinct']);
  if (Number.isNaN(keepDistinct) || keepDistinct < 0) throw new Error(`--keep-distinct takes a number of nats from 0 up, not ${values['keep-distinct']}`);
  const foreignMinCount = Number(values['foreign-min-count']);
  if (!(foreignMinCount >= 1)) throw new Error(`--foreign-min-count takes a number from 1 up (Infinity: none), not ${values['foreign-min-count']}`);
  const counter = new NgramCounter({ order, minCounts, keepDistinct, foreignMinCount });
  // The grammar decides what a syllable is; the cspell word list checks it from outside.
  const cspellSyllables = [...readCspellWords()].flatMap((word) => word.toLowerCase().split(/\s+/u)).filter((word) => /^\p{L}+$/u.test(word));
  const rejected = cspellSyllables.filter((word) => !isSyllable(canonicalSyllable(word)));
  process.stderr.write(`cspell: ${cspellSyllables.length - rejected.length} of ${cspellSyllables.length} words are grammatical syllables; rejected: ${rejected.slice(0, 40).join(' ')}\n`);
  counter.addVocabulary(cspellSyllables);
  const sources: Record<string, number> = {};
  // Held for the topic vectors' count too: reading (and unzipping) the corpus once.
  const lines: Array<{ line: string; weight: number }> = [];
  for await (const { line, weight, source } of trainingLines(positionals, dictionaries)) {
    counter.add(line, weight);
    lines.push({ line, weight });
    sources[source] = (sources[source] ?? 0) + 1;
  }
  process.stderr.write(`${JSON.stringify(sources)} lines, ${counter.tokens} tokens\n`);
  const model = counter.build({ sources, heldOut: 'viwiki.txt.gz lines from 97% of the file to the end' });
  const out = values.out ?? join(dictionaries, MODEL_FILE);
  const bytes = serializeModel(model);
  writeFileSync(out, bytes);
  process.stderr.write(`${out}: ${(bytes.length / 1e6).toFixed(1)} MB ${JSON.stringify(model.meta)}\n`);
  const wholeWords = counter.wholeWords(GLUED_MIN_LENGTH, 2);
  const wholeOut = join(dirname(out), WHOLE_WORDS_FILE);
  writeFileSync(wholeOut, gzipSync(`${wholeWords.join('\n')}\n`, { level: 9 }));
  process.stderr.write(`${wholeOut}: ${wholeWords.length} words\n`);
  // The topic vectors are numbered by the model's vocabulary: read it back as the restorer will.
  const cooccurrences = new CooccurrenceCounter(new LanguageModel(deserializeModel(bytes)));
  for (const { line, weight } of lines) cooccurrences.add(line, weight);
  const topics = cooccurrences.build({}, { sources });
  const topicsOut = join(dirname(out), TOPICS_FILE);
  const topicBytes = serializeTopics(topics);
  writeFileSync(topicsOut, topicBytes);
  process.stderr.write(`${topicsOut}: ${(topicBytes.length / 1e6).toFixed(1)} MB ${JSON.stringify(topics.meta)}\n`);
}

await main();
