// Learns the OCR confusion channel from (truth, OCR) line pairs made by ocr-pairs.ts:
// how often each true letter was read as each 0–3 character string, per OCR model.
// Usage: tsx src/normalize/build/channel.ts --eng eng-pairs.tsv --vie vie-pairs.tsv
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dictionariesDir, CONFUSIONS_FILE } from '../paths.js';
import { alignLetters, alignWords, guessCost, type EmissionCost } from './align.js';

/** Punctuation at a word's edges, which the truth side drops too. */
const EDGE_PUNCT = /^[.,;:!?()[\]{}"'“”‘’«»—–-]+|[.,;:!?()[\]{}"'“”‘’«»—–-]+$/gu;

type Counts = Map<string, Map<string, number>>;

function readPairs(file: string): Array<[string, string]> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t') as [string, string]);
}

function countEmissions(pairs: Array<[string, string]>, cost: EmissionCost): Counts {
  const counts: Counts = new Map();
  for (const [truth, read] of pairs) {
    for (const [truthWord, readWord] of alignWords(truth, read)) {
      const letters = alignLetters(truthWord.replace(/[^\p{L}]/gu, ''), readWord.replace(EDGE_PUNCT, ''), cost);
      if (!letters) continue;
      for (const [letter, seen] of letters) {
        if (!/\p{L}/u.test(letter)) continue;
        const row = counts.get(letter) ?? new Map<string, number>();
        row.set(seen, (row.get(seen) ?? 0) + 1);
        counts.set(letter, row);
      }
    }
  }
  return counts;
}

/** Costs from counts, smoothed towards the first guess for pairs never seen. */
function learntCost(counts: Counts): EmissionCost {
  return (truth, seen) => {
    const row = counts.get(truth);
    if (!row) return guessCost(truth, seen);
    let total = 0;
    for (const count of row.values()) total += count;
    const count = row.get(seen) ?? 0;
    return count > 0 ? -Math.log(count / (total + 1)) : guessCost(truth, seen) + Math.log(total + 1);
  };
}

/** Letter confusions of one OCR model, after two rounds of realigning with learnt costs. */
export function learnConfusions(pairs: Array<[string, string]>): Counts {
  let counts = countEmissions(pairs, guessCost);
  for (let round = 0; round < 2; round++) counts = countEmissions(pairs, learntCost(counts));
  return counts;
}

function main(): void {
  const { values } = parseArgs({ options: { eng: { type: 'string', multiple: true }, vie: { type: 'string', multiple: true } } });
  const rows: string[] = [];
  for (const model of ['eng', 'vie'] as const) {
    const pairs = (values[model] ?? []).flatMap(readPairs);
    if (pairs.length === 0) continue;
    const counts = learnConfusions(pairs);
    for (const [truth, row] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
      for (const [seen, count] of [...row].sort((a, b) => b[1] - a[1])) {
        if (count >= 2 || seen === truth) rows.push(`${model}\t${truth}\t${seen}\t${count}`);
      }
    }
    process.stderr.write(`${model}: ${pairs.length} line pairs, ${counts.size} letters\n`);
  }
  const out = join(dictionariesDir(), CONFUSIONS_FILE);
  writeFileSync(out, `model\ttruth\tread\tcount\n${rows.join('\n')}\n`);
  process.stderr.write(`${out}: ${rows.length} confusions\n`);
}

main();
