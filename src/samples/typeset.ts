// Typesetting on A4 in points: measuring and breaking words into lines, placing lines, and the
// flow of lines over pages. Every line placed is also recorded as the page's truth text.
import { measure } from './fonts.js';
import type { FontStyle, Run } from './model.js';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MM = 72 / 25.4;

export interface TextOp {
  kind: 'text';
  text: string;
  style: FontStyle;
  size: number;
  x: number;
  /** Baseline. */
  y: number;
}

export interface RuleOp {
  kind: 'rule';
  x1: number;
  x2: number;
  y: number;
}

export interface PageLayout {
  ops: Array<TextOp | RuleOp>;
  /** The page's lines as drawn, in reading order. */
  lines: string[];
  /** Baselines and extents of body lines, where a stamp may land over text. */
  bodyLines: Array<{ x1: number; x2: number; y: number }>;
  /** Where the signature block sits, for the stamp and the pen strokes. */
  signature: { cx: number; top: number; nameY: number } | null;
  /** On the first page: how many of the first lines are the header's left and right columns. */
  headerColumns?: { left: number; right: number };
}

/** Typesetting choices that vary between samples. */
export interface LayoutStyle {
  bodySize: 13 | 14;
  /** Baseline-to-baseline distance as a multiple of the font size. */
  leading: number;
  /** Extra space after a paragraph, in points. */
  paragraphGap: number;
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface Word {
  text: string;
  style: FontStyle;
  width: number;
}

export function words(runs: Run[], size: number): Word[] {
  return runs.flatMap((run) =>
    run.text.split(/\s+/).filter(Boolean).map((text) => ({ text, style: run.style, width: measure(text, run.style, size) })),
  );
}

/** Greedy line breaking; the first line may be narrower (indent). */
export function wrap(list: Word[], size: number, width: number, firstWidth = width): Word[][] {
  const space = measure(' ', 'regular', size);
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of list) {
    const limit = lines.length === 0 ? firstWidth : width;
    const extra = line.length === 0 ? word.width : space + word.width;
    if (line.length > 0 && used + extra > limit) {
      lines.push(line);
      line = [word];
      used = word.width;
    } else {
      line.push(word);
      used += extra;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

export class Pages {
  readonly pages: PageLayout[] = [];
  y = 0;

  constructor(private readonly style: LayoutStyle) {
    this.newPage();
  }

  get page(): PageLayout {
    return this.pages[this.pages.length - 1];
  }

  get bottom(): number {
    return A4.height - this.style.margins.bottom;
  }

  newPage(): void {
    const page: PageLayout = { ops: [], lines: [], bodyLines: [], signature: null };
    this.pages.push(page);
    this.y = this.style.margins.top;
    if (this.pages.length > 1) {
      // Decree 30: pages from the second on carry their number centred in the top margin.
      const label = String(this.pages.length);
      const size = this.style.bodySize;
      page.ops.push({ kind: 'text', text: label, style: 'regular', size, x: A4.width / 2 - measure(label, 'regular', size) / 2, y: this.y - 6 * MM });
      page.lines.push(label);
    }
  }

  /** Room for `height` more points, or a new page. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }
}

/** Draws one line of words starting at x; justified lines spread their gaps to fill `width`. */
export function placeLine(page: PageLayout, line: Word[], size: number, x: number, y: number, justifyTo?: number): void {
  const space = measure(' ', 'regular', size);
  const natural = line.reduce((sum, w) => sum + w.width, 0) + space * (line.length - 1);
  const gap = justifyTo !== undefined && line.length > 1 ? space + (justifyTo - natural) / (line.length - 1) : space;
  let cursor = x;
  for (const word of line) {
    page.ops.push({ kind: 'text', text: word.text, style: word.style, size, x: cursor, y });
    cursor += word.width + gap;
  }
  page.lines.push(line.map((w) => w.text).join(' '));
}

export const lineWidth = (line: Word[], size: number): number =>
  line.reduce((sum, w) => sum + w.width, 0) + measure(' ', 'regular', size) * (line.length - 1);

/** Lines centred on `cx`, wrapped to `width`; returns the baseline below the last line. */
export function centredBlock(page: PageLayout, text: string, style: FontStyle, size: number, cx: number, y: number, width: number, leading: number): { y: number; lastWidth: number } {
  // An explicit "\n" breaks where the issuer's office would; each part still wraps if too long.
  const lines = text.split('\n').flatMap((part) => wrap(words([{ text: part, style }], size), size, width));
  let baseline = y;
  let lastWidth = 0;
  for (const line of lines) {
    baseline += size * leading;
    lastWidth = lineWidth(line, size);
    placeLine(page, line, size, cx - lastWidth / 2, baseline);
  }
  return { y: baseline, lastWidth };
}

/** The largest size up to `size` at which `text` fits in `width`. */
export function fitSize(text: string, style: FontStyle, size: number, width: number): number {
  let s = size;
  while (s > 9 && measure(text, style, s) > width) s -= 0.25;
  return s;
}
