// Turns a sample's truth into what an old Latin-only OCR made of such scans (like seed 000):
// the header columns read side by side, tone marks lost or garbled, Đ read as P, "Số" as "S6".
import type { PageLayout } from './layout.js';
import type { Random } from './random.js';

/** What a Latin-only engine tends to print for a Vietnamese base letter with its marks. */
const GARBLED: Record<string, readonly string[]> = {
  a: ['a', 'a', 'a', 'á', 'à', 'ã'],
  e: ['e', 'e', 'é', 'é', 'è'],
  o: ['o', 'o', 'o', 'ó', 'ò', '6', 'd'],
  u: ['u', 'u', 'u', 'ú', 'ù', 'w'],
  i: ['i', 'i', 'i', 'í', '1'],
  y: ['y', 'y', 'ý'],
};

function garbleLetter(ch: string, rng: Random): string {
  if (ch === 'Đ') return rng.chance(0.7) ? 'P' : 'D';
  if (ch === 'đ') return 'd';
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (base === ch) return ch;
  const lower = base.toLowerCase();
  const choices = GARBLED[lower];
  // Most marks are simply dropped; some come out as a Latin-1 accent or a look-alike.
  if (!choices || rng.chance(0.75)) return base;
  const picked = rng.pick(choices);
  return base === lower ? picked : picked.toUpperCase();
}

function garbleLine(line: string, rng: Random): string {
  const text = line.replace(/^Số:/, () => (rng.chance(0.6) ? 'S6:' : 'So:'));
  return [...text].map((ch) => garbleLetter(ch, rng)).join('');
}

/** The header's two columns on shared rows: issuer rows beside the national title and motto, number beside date. */
function sideBySide(left: string[], right: string[], rng: Random): string[] {
  const gap = (): string => ' '.repeat(rng.int(2, 6));
  const numberRow = left.findIndex((l) => l.startsWith('Số:'));
  const rows = left.map((l) => [l]);
  right.slice(0, 2).forEach((r, i) => rows[Math.min(i, rows.length - 1)].push(r));
  if (right[2] !== undefined) rows[numberRow >= 0 ? numberRow : rows.length - 1].push(right[2]);
  return rows.map((cells) => cells.join(gap()));
}

export function latinOcrText(pages: readonly PageLayout[], rng: Random): string {
  const lines: string[] = [];
  for (const page of pages) {
    let body = page.lines;
    if (page.headerColumns) {
      const { left, right } = page.headerColumns;
      lines.push(...sideBySide(body.slice(0, left), body.slice(left, left + right), rng));
      body = body.slice(left + right);
    }
    for (const line of body) {
      lines.push(line);
      if (rng.chance(0.12)) lines.push('');
    }
    lines.push('');
  }
  return `${lines.map((l) => garbleLine(l, rng)).join('\n').trimEnd()}\n`;
}
