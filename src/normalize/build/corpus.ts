// Reads the build corpora as clean Vietnamese prose lines: NFC, wiki residue dropped,
// and the held-out tail of viwiki kept apart so figures are measured on unseen text.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { isSyllable } from '../syllable.js';
import { canonicalSyllable } from '../letters.js';
import { tokenize } from '../tokenizer.js';

/**
 * The held-out split: every line from this fraction of viwiki's lines to the end
 * (the last ~3% of the file, about 230 articles) is never used to build anything.
 */
export const HELD_OUT_FROM = 0.97;

/** The closing sections of a viwiki article, whose content the corpus does not keep. */
const LAST_SECTION = /^== (Tham khảo|Chú thích|Liên kết ngoài|Liên kết|Ghi chú|Xem thêm|Đọc thêm) ==$/u;

export type Split = 'train' | 'heldout' | 'all';

async function countLines(file: string): Promise<number> {
  let count = 0;
  for await (const _line of readRawLines(file)) count++;
  return count;
}

function readRawLines(file: string): AsyncIterable<string> {
  const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  return createInterface({ input, crlfDelay: Infinity });
}

/** Share of word tokens that are Vietnamese syllables. */
export function syllableShare(line: string): { words: number; share: number } {
  let words = 0;
  let syllables = 0;
  for (const token of tokenize(line)) {
    if (token.kind !== 'word') continue;
    words++;
    if (isSyllable(canonicalSyllable(token.text.toLowerCase()))) syllables++;
  }
  return { words, share: words === 0 ? 0 : syllables / words };
}

/** A prose line worth learning from, cleaned of reference marks; undefined for residue. */
export function cleanProseLine(raw: string, minWords = 4, minShare = 0.75): string | undefined {
  const line = raw.normalize('NFC').replace(/\[\d+\]/gu, '').trim();
  if (!line || line.startsWith('==') || line.includes('\\displaystyle') || line.includes('{')) return undefined;
  const { words, share } = syllableShare(line);
  return words >= minWords && share >= minShare ? line : undefined;
}

/**
 * Clean prose lines of a corpus file. For viwiki the split picks the training head or the
 * held-out tail; other files (seeds, written text) are always training text.
 */
export async function* readProseLines(file: string, split: Split = 'train', options: { articleBreaks?: boolean } = {}): AsyncGenerator<string> {
  const isWiki = file.includes('viwiki');
  const total = isWiki && split !== 'all' ? await countLines(file) : 0;
  const boundary = Math.floor(total * HELD_OUT_FROM);
  let index = 0;
  let blanks = 0;
  let afterHeading = false;
  for await (const raw of readRawLines(file)) {
    const at = index++;
    if (isWiki && split === 'train' && at >= boundary) break;
    if (isWiki && split === 'heldout' && at < boundary) continue;
    if (!isWiki && split === 'heldout') return;
    // An article ends in a references section with nothing under it ("== Tham khảo ==", the
    // references were dropped) and one empty line: an empty string marks the next article's
    // start, when asked for.
    if (raw === '') {
      blanks++;
      continue;
    }
    if (options.articleBreaks && afterHeading && blanks === 1) yield '';
    afterHeading = LAST_SECTION.test(raw.trim());
    blanks = 0;
    const line = cleanProseLine(raw);
    if (line) yield line;
  }
}

/** Lines re-wrapped to at most `width` characters, as on a printed page. */
export function wrapLine(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/u)) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) out.push(current);
  return out;
}
