// `npm run build:dictionary -- CORPUS...`: builds dictionaries/lm.bin.br from the corpora
// (viwiki's training split, seeds), the administrative text we wrote and the domain lexicon.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { serializeModel } from '../lm.js';
import { loadLexicon } from '../lexicon.js';
import { GLUED_MIN_LENGTH } from '../glued.js';
import { dictionariesDir, LEXICON_FOLDER, MODEL_FILE, WHOLE_WORDS_FILE } from '../paths.js';
import { canonicalSyllable } from '../letters.js';
import { isSyllable } from '../syllable.js';
import { readProseLines } from './corpus.js';
import { readCspellWords } from './cspell.js';
import { NgramCounter } from './ngram-counter.js';

/** How many times a line counts: domain text is scarce, so it weighs more than Wikipedia. */
const WEIGHT = { wiki: 1, seed: 10, written: 20, lexicon: 5 };

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
  for (const file of positionals) {
    const weight = file.includes('viwiki') ? WEIGHT.wiki : WEIGHT.seed;
    let lines = 0;
    for await (const line of readProseLines(file, 'train')) {
      counter.add(line, weight);
      lines++;
    }
    sources[basename(file)] = lines;
    process.stderr.write(`${file}: ${lines} lines, ${counter.tokens} tokens so far\n`);
  }
  const written = readFileSync(join(dictionaries, 'admin-text.txt'), 'utf8').split('\n');
  for (const line of written) counter.add(line, WEIGHT.written);
  sources['admin-text.txt'] = written.length;
  const lexicon = loadLexicon(join(dictionaries, LEXICON_FOLDER));
  for (const { term, kind } of lexicon.entries) if (kind !== 'acronym') counter.add(term, WEIGHT.lexicon);
  sources.lexicon = lexicon.entries.length;
  const model = counter.build({ sources, heldOut: 'viwiki.txt.gz lines from 97% of the file to the end' });
  const out = values.out ?? join(dictionaries, MODEL_FILE);
  const bytes = serializeModel(model);
  writeFileSync(out, bytes);
  process.stderr.write(`${out}: ${(bytes.length / 1e6).toFixed(1)} MB ${JSON.stringify(model.meta)}\n`);
  const wholeWords = counter.wholeWords(GLUED_MIN_LENGTH, 2);
  const wholeOut = join(dirname(out), WHOLE_WORDS_FILE);
  writeFileSync(wholeOut, gzipSync(`${wholeWords.join('\n')}\n`, { level: 9 }));
  process.stderr.write(`${wholeOut}: ${wholeWords.length} words\n`);
}

await main();
