// Reading order for one OCR'd page. Tesseract often reads an administrative document's
// two-column header (issuer left, national title right) and its closing (recipients left,
// signature right) interleaved line by line; here lines are split at the column gutter and each
// two-column band is emitted left column first, then right column, then the page goes on.
import { median, union, type Segment } from './_internal/geometry.js';
import { describeBand, findBands, isLeftOf, type Band, type ColumnBand } from './bands.js';
import type { OcrLine, OcrWord } from './types.js';

export type { ColumnBand } from './bands.js';

export interface OrderedPage {
  /** Lines in reading order; blank lines in `text` separate blocks. */
  lines: OcrLine[];
  /** The line texts joined with "\n", a blank line between blocks. */
  text: string;
}

/** A gap between two words wider than this many line heights may be a column gutter. */
const GUTTER_MIN_HEIGHTS = 1.0;
/** ...and it must also be this many times wider than the line's ordinary word gaps. */
const GUTTER_MIN_RATIO = 2.5;
/** A vertical gap wider than this many line heights starts a new block. */
const BLOCK_GAP_HEIGHTS = 1.0;
/**
 * A word of letters smaller than this many line heights both ways is a speck: a lone "o" stands
 * half a line height. (A list's dash is smaller still, and no speck.)
 */
const SPECK_HEIGHTS = 0.35;
const LETTERS_ONLY = /^\p{L}+$/u;

/** Split one OCR line wherever a word gap is much wider than its other gaps: a column gutter. */
export function splitAtGutters(words: OcrWord[], lineHeight: number): OcrWord[][] {
  const sorted = [...words].sort((a, b) => a.bbox.x0 - b.bbox.x0);
  if (sorted.length < 2) return sorted.length ? [sorted] : [];
  const gaps = sorted.slice(1).map((w, i) => w.bbox.x0 - sorted[i].bbox.x1);
  const pieces: OcrWord[][] = [[sorted[0]]];
  gaps.forEach((gap, i) => {
    const others = gaps.filter((_, j) => j !== i);
    const ordinary = others.length ? median(others) : 0;
    const isGutter = gap > GUTTER_MIN_HEIGHTS * lineHeight && gap > GUTTER_MIN_RATIO * ordinary;
    if (isGutter) pieces.push([sorted[i + 1]]);
    else pieces[pieces.length - 1].push(sorted[i + 1]);
  });
  return pieces;
}

/** A list item's dash the engine ran into its first word ("-Lưu:", "-Các"): print sets a space there. */
const GLUED_DASH = /^([-–—+•])(?=\p{L})/u;

/** The line's words with a dash glued to the first word made a word of its own, its box the word's first share. */
function withLooseDash(words: OcrWord[]): OcrWord[] {
  const first = words[0];
  const dash = first ? GLUED_DASH.exec(first.text) : null;
  if (!dash) return words;
  const { x0, x1 } = first.bbox;
  const cut = x0 + (x1 - x0) / [...first.text].length;
  return [
    { ...first, text: dash[1], bbox: { ...first.bbox, x1: cut } },
    { ...first, text: first.text.slice(dash[1].length), bbox: { ...first.bbox, x0: cut } },
    ...words.slice(1),
  ];
}

function toLine(segmentWords: OcrWord[]): OcrLine {
  const words = withLooseDash(segmentWords);
  const confidence = words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
  return { text: words.map((w) => w.text).join(' '), confidence, bbox: union(words.map((w) => w.bbox)), words };
}

/** Slope (dy/dx) of the page's text lines, from the words of lines with several words. */
function residualSlope(lines: OcrLine[]): number {
  const slopes: number[] = [];
  for (const line of lines) {
    if (line.words.length < 3) continue;
    const first = line.words[0].bbox;
    const last = line.words[line.words.length - 1].bbox;
    const dx = (last.x0 + last.x1) / 2 - (first.x0 + first.x1) / 2;
    if (dx <= 0) continue;
    slopes.push(((last.y1 - first.y1) / dx));
  }
  return median(slopes);
}

/** Group segments (sorted by y) into rows of segments that sit side by side. */
function groupRows(segments: Segment[], lineHeight: number): Segment[][] {
  const rows: Segment[][] = [];
  for (const segment of segments) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(segment.y - row[0].y) < lineHeight * 0.5) row.push(segment);
    else rows.push([segment]);
  }
  return rows.map((row) => row.sort((a, b) => a.bbox.x0 - b.bbox.x0));
}

/** Emit lines as blocks: a blank line wherever the vertical gap is wide or the column changes. */
function render(blocks: Segment[][], lineHeight: number): OrderedPage {
  const lines: OcrLine[] = [];
  const parts: string[] = [];
  for (const block of blocks) {
    let previous: Segment | null = null;
    for (const segment of block) {
      const gap = previous ? segment.bbox.y0 - previous.bbox.y1 : 0;
      if (parts.length && (!previous || gap > BLOCK_GAP_HEIGHTS * lineHeight)) parts.push('');
      const line = toLine(segment.words);
      lines.push(line);
      parts.push(line.text);
      previous = segment;
    }
  }
  return { lines, text: parts.join('\n') };
}

/** Tesseract sometimes returns one printed line twice, as two overlapping lines: keep one. */
function dropRepeats(segments: Segment[]): void {
  const text = (s: Segment): string => s.words.map((w) => w.text).join(' ');
  for (let i = segments.length - 1; i > 0; i--) {
    const a = segments[i].bbox;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const b = segments[j].bbox;
      const overlapX = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const overlapY = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (overlapX > 0 && overlapY > 0 && overlapX * overlapY > 0.5 * smaller && text(segments[i]) === text(segments[j])) {
        segments.splice(i, 1);
        break;
      }
    }
  }
}

interface Layout {
  bands: Band[];
  lineHeight: number;
}

function analyse(lines: OcrLine[]): Layout | null {
  const read = lines.map((line) => ({ ...line, words: line.words.filter((w) => w.text.trim() !== '') })).filter((line) => line.words.length > 0);
  if (read.length === 0) return null;
  const lineHeight = median(read.map((l) => median(l.words.map((w) => w.bbox.y1 - w.bbox.y0))));
  // A "word" no bigger than a dot is a speck the engine read as a letter ("Ñ", 8 × 9 px among
  // 30-px words, in the closing's gutter, where it joined the columns' rows).
  const speck = SPECK_HEIGHTS * lineHeight;
  const isSpeck = (w: OcrWord): boolean => LETTERS_ONLY.test(w.text) && w.bbox.x1 - w.bbox.x0 < speck && w.bbox.y1 - w.bbox.y0 < speck;
  const withWords = read.map((line) => ({ ...line, words: line.words.filter((w) => !isSpeck(w)) })).filter((line) => line.words.length > 0);
  if (withWords.length === 0) return null;
  const slope = residualSlope(withWords);

  const segments: Segment[] = withWords.flatMap((line, source) =>
    splitAtGutters(line.words, lineHeight).map((words) => {
      const bbox = union(words.map((w) => w.bbox));
      const cx = (bbox.x0 + bbox.x1) / 2;
      return { words, bbox, y: (bbox.y0 + bbox.y1) / 2 - slope * cx, source };
    }),
  );
  segments.sort((a, b) => a.y - b.y);
  dropRepeats(segments);
  const left = Math.min(...segments.map((s) => s.bbox.x0));
  const right = Math.max(...segments.map((s) => s.bbox.x1));
  const rows = groupRows(segments, lineHeight);
  return { bands: findBands(rows, left, right, lineHeight), lineHeight };
}

/** The page's two-column bands (header, closing), with where their columns lie. */
export function columnBands(lines: OcrLine[]): ColumnBand[] {
  const layout = analyse(lines);
  if (!layout) return [];
  return layout.bands.filter((band): band is Band & { gutter: number } => band.gutter !== null).map(describeBand);
}

/**
 * Put a page's OCR lines in reading order. `lines` come in the engine's order; words keep their
 * boxes and confidences. Two-column bands come out left column, then right column.
 */
export function orderPage(lines: OcrLine[]): OrderedPage {
  const layout = analyse(lines);
  if (!layout) return { lines: [], text: '' };
  const blocks: Segment[][] = [];
  let flow: Segment[] = [];
  for (const band of layout.bands) {
    if (band.gutter === null) {
      flow.push(...band.rows.flat());
      continue;
    }
    if (flow.length) blocks.push(flow);
    flow = [];
    const gutter = band.gutter;
    blocks.push(band.rows.flat().filter((s) => isLeftOf(s, gutter)));
    blocks.push(band.rows.flat().filter((s) => !isLeftOf(s, gutter)));
  }
  if (flow.length) blocks.push(flow);
  return render(blocks, layout.lineHeight);
}
