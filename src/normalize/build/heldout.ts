// Writes a benchmark sample: every `stride`-th clean line of viwiki's held-out tail (never used
// to build the model), from line `offset` on. Offset 0 (wiki-heldout.txt) was looked at while
// tuning; offset 1 (wiki-fresh.txt) was not, and gives the untouched figure. A blank line
// separates articles, so the bench can restore an article at a time. The committed
// wiki-heldout.txt came from an earlier line filter: rerun, offset 0 picks a slightly
// different sample (1,313 lines against 1,321), which would move the tuning figure.
// Usage: tsx src/normalize/build/heldout.ts /work/shared/corpus/viwiki.txt.gz [offset]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import { readProseLines } from './corpus.js';

const STRIDE = 3;
const LINES = 1500;

async function main(): Promise<void> {
  const file = process.argv[2];
  const offset = Number(process.argv[3] ?? '0');
  if (!file) throw new Error('usage: heldout.ts viwiki.txt.gz [offset]');
  const lines: string[] = [];
  let seen = 0;
  let taken = 0;
  let newArticle = false;
  for await (const line of readProseLines(file, 'heldout', { articleBreaks: true })) {
    if (line === '') {
      newArticle = true;
      continue;
    }
    if (seen++ % STRIDE === offset && line.length <= 400) {
      // A blank line between articles: the bench restores each article as one document.
      if (newArticle && taken > 0) lines.push('');
      newArticle = false;
      lines.push(line);
      taken++;
    }
    if (taken >= LINES) break;
  }
  const folder = join(dictionariesDir(), 'heldout');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, offset === 0 ? 'wiki-heldout.txt' : 'wiki-fresh.txt'), `${lines.join('\n')}\n`);
  process.stderr.write(`${taken} held-out lines written\n`);
}

await main();
