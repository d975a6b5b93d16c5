// Writes the benchmark's held-out sample: every `stride`-th clean line of viwiki's held-out
// tail (never used to build the model), to dictionaries/heldout/wiki-heldout.txt.
// Usage: tsx src/normalize/build/heldout.ts /work/shared/corpus/viwiki.txt.gz
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import { readProseLines } from './corpus.js';

const STRIDE = 3;
const LINES = 1500;

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: heldout.ts viwiki.txt.gz');
  const lines: string[] = [];
  let seen = 0;
  for await (const line of readProseLines(file, 'heldout')) {
    if (seen++ % STRIDE === 0 && line.length <= 400) lines.push(line);
    if (lines.length >= LINES) break;
  }
  const folder = join(dictionariesDir(), 'heldout');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'wiki-heldout.txt'), `${lines.join('\n')}\n`);
  process.stderr.write(`${lines.length} held-out lines written\n`);
}

await main();
