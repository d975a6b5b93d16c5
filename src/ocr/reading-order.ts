// Reading order for one OCR'd page. Tesseract often reads an administrative document's
// two-column header (issuer left, national title right) and its closing (recipients left,
// signature right) interleaved line by line; here lines are split at the column gutter and each
// two-column band is emitted left column first, then right column, then the page goes on.
import type { Box, OcrLine, OcrWord } from './types.js';

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
/** A band's gutter must lie in this middle part of the text's width. */
const GUTTER_ZONE = [0.2, 0.8] as const;
/** A lone segment this close to the text's centre (fraction of its width) is a centred title. */
const CENTRED_TOLERANCE = 0.05;
/** A row next to a band splits along its gutter at a word gap at least this wide (line heights)... */
const MIN_ALIGNED_GAP_HEIGHTS = 0.2;
/** ...and this many times its other word gaps... */
const MIN_ALIGNED_GAP_RATIO = 1.5;
/** ...when it is at most this far (line heights, centre to centre) from the band's edge row. */
const MAX_ALIGNED_DISTANCE_HEIGHTS = 2;
/** A vertical gap wider than this many line heights starts a new block. */
const BLOCK_GAP_HEIGHTS = 1.0;

interface Segment {
  words: OcrWord[];
  bbox: Box;
  /** Vertical centre with the page's residual skew taken out. */
  y: number;
  /** Index of the engine line it came from. */
  source: number;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function union(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

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

function toLine(words: OcrWord[]): OcrLine {
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

/** Free vertical stripes in [left, right] that no segment of `rows` covers. */
function freeStripes(rows: Segment[][], left: number, right: number): [number, number][] {
  const spans = rows
    .flat()
    .map((s) => [s.bbox.x0, s.bbox.x1] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const stripes: [number, number][] = [];
  let cursor = left;
  for (const [x0, x1] of spans) {
    if (x0 > cursor) stripes.push([cursor, x0]);
    cursor = Math.max(cursor, x1);
  }
  if (cursor < right) stripes.push([cursor, right]);
  return stripes;
}

/** Which column a segment of a two-column band belongs to: every segment goes to exactly one. */
function isLeftOf(segment: Segment, gutter: number): boolean {
  return (segment.bbox.x0 + segment.bbox.x1) / 2 < gutter;
}

interface Band {
  rows: Segment[][];
  /** x of the column gutter, or null for ordinary full-width flow. */
  gutter: number | null;
}

/** A two-column band of the page, for engines that re-read each column on its own. */
export interface ColumnBand {
  left: Box;
  right: Box;
  /** x where the columns part. */
  gutter: number;
  /** The engine read at least one line across the gutter (so it mixed the columns' lines). */
  merged: boolean;
}

/**
 * Cut the rows into bands: a maximal run of rows that share a free vertical stripe (a gutter)
 * in the middle of the text, with text on both sides of it, is a two-column band; every other
 * row is full-width flow. A centred title always breaks a band.
 */
function findBands(rows: Segment[][], left: number, right: number, lineHeight: number): Band[] {
  const width = right - left;
  const zone0 = left + GUTTER_ZONE[0] * width;
  const zone1 = left + GUTTER_ZONE[1] * width;
  const centre = (left + right) / 2;
  const gutterOf = (candidate: Segment[][]): number | null => {
    let best: [number, number] | null = null;
    for (const [a, b] of freeStripes(candidate, left, right)) {
      const lo = Math.max(a, zone0);
      const hi = Math.min(b, zone1);
      if (hi - lo >= lineHeight * 0.5 && (!best || hi - lo > best[1] - best[0])) best = [lo, hi];
    }
    return best ? (best[0] + best[1]) / 2 : null;
  };
  const isCentredTitle = (row: Segment[]): boolean =>
    row.length === 1 && Math.abs((row[0].bbox.x0 + row[0].bbox.x1) / 2 - centre) < CENTRED_TOLERANCE * width;

  const bands: Band[] = [];
  let current: Segment[][] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const gutter = gutterOf(current);
    const sides = gutter === null ? 0 : new Set(current.flat().map((s) => s.bbox.x1 < gutter)).size;
    if (gutter !== null && sides === 2) bands.push({ rows: current, gutter });
    else for (const row of current) bands.push({ rows: [row], gutter: null });
    current = [];
  };
  for (const row of rows) {
    if (isCentredTitle(row) || gutterOf([row]) === null) {
      close();
      bands.push({ rows: [row], gutter: null });
      continue;
    }
    if (gutterOf([...current, row]) === null) close();
    current.push(row);
  }
  close();
  return bands;
}

/** The free stripe between a two-column band's columns: [right edge of left, left edge of right]. */
function stripeOf(band: Band): [number, number] {
  const gutter = band.gutter ?? 0;
  const segments = band.rows.flat();
  return [
    Math.max(...segments.filter((s) => isLeftOf(s, gutter)).map((s) => s.bbox.x1)),
    Math.min(...segments.filter((s) => !isLeftOf(s, gutter)).map((s) => s.bbox.x0)),
  ];
}

/**
 * Split a full-width row at a word gap that lines up with a neighbouring band's gutter, even a
 * narrow one: "ỦY BAN MẶT TRẬN TỔ QUỐC CỘNG HÒA XÃ HỘI…" where the two columns nearly touch.
 */
function splitAlongStripe(row: Segment[], stripe: [number, number], lineHeight: number): Segment[] | null {
  const words = row.flatMap((s) => s.words.map((w) => ({ w, s }))).sort((a, b) => a.w.bbox.x0 - b.w.bbox.x0);
  const gaps = words.slice(1).map((next, i) => next.w.bbox.x0 - words[i].w.bbox.x1);
  let best = -1;
  let bestGap = MIN_ALIGNED_GAP_HEIGHTS * lineHeight;
  gaps.forEach((gap, i) => {
    // Wider than the row's own word spacing: a body line's ordinary space never qualifies.
    const ordinary = median(gaps.filter((_, j) => j !== i));
    const aligned = words[i].w.bbox.x1 <= stripe[1] && words[i + 1].w.bbox.x0 >= stripe[0];
    if (aligned && gap >= bestGap && gap >= MIN_ALIGNED_GAP_RATIO * ordinary) {
      best = i;
      bestGap = gap;
    }
  });
  if (best < 0) return null;
  const make = (part: typeof words): Segment => {
    const bbox = union(part.map((p) => p.w.bbox));
    const y = part.reduce((sum, p) => sum + p.s.y, 0) / part.length;
    return { words: part.map((p) => p.w), bbox, y, source: part[0].s.source };
  };
  return [make(words.slice(0, best + 1)), make(words.slice(best + 1))];
}

/** Grow each two-column band by the adjacent rows that split along its gutter. */
function extendBands(bands: Band[], lineHeight: number): Band[] {
  const out = [...bands];
  for (let i = 0; i < out.length; i++) {
    const band = out[i];
    if (band.gutter === null) continue;
    for (const direction of [-1, 1] as const) {
      for (;;) {
        const j = out.indexOf(band) + direction;
        const neighbour = out[j];
        if (!neighbour || neighbour.gutter !== null) break;
        const edgeRow = direction < 0 ? band.rows[0] : band.rows[band.rows.length - 1];
        const row = neighbour.rows[0];
        if (Math.abs(row[0].y - edgeRow[0].y) > MAX_ALIGNED_DISTANCE_HEIGHTS * lineHeight) break;
        const split = splitAlongStripe(row, stripeOf(band), lineHeight);
        if (!split) break;
        if (direction < 0) band.rows.unshift(split);
        else band.rows.push(split);
        // Classify by the new row's own gap first, then centre the gutter in the narrowed stripe.
        band.gutter = (split[0].bbox.x1 + split[1].bbox.x0) / 2;
        const stripe = stripeOf(band);
        band.gutter = (stripe[0] + stripe[1]) / 2;
        out.splice(j, 1);
      }
    }
  }
  return out;
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
  const withWords = lines
    .map((line) => ({ ...line, words: line.words.filter((w) => w.text.trim() !== '') }))
    .filter((line) => line.words.length > 0);
  if (withWords.length === 0) return null;
  const lineHeight = median(withWords.map((l) => median(l.words.map((w) => w.bbox.y1 - w.bbox.y0))));
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
  return { bands: extendBands(findBands(rows, left, right, lineHeight), lineHeight), lineHeight };
}

/** The page's two-column bands (header, closing), with where their columns lie. */
export function columnBands(lines: OcrLine[]): ColumnBand[] {
  const layout = analyse(lines);
  if (!layout) return [];
  return layout.bands
    .filter((band): band is Band & { gutter: number } => band.gutter !== null)
    .map((band) => {
      const segments = band.rows.flat();
      const leftSide = segments.filter((s) => isLeftOf(s, band.gutter));
      const rightSide = segments.filter((s) => !isLeftOf(s, band.gutter));
      const leftSources = new Set(leftSide.map((s) => s.source));
      return {
        left: union(leftSide.map((s) => s.bbox)),
        right: union(rightSide.map((s) => s.bbox)),
        gutter: band.gutter,
        merged: rightSide.some((s) => leftSources.has(s.source)),
      };
    });
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
