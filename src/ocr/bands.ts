// Two-column bands of a page: runs of rows that share a free vertical stripe (the gutter between
// issuer and national title, or between recipients and signature) with text on both sides.
import { median, union, type Segment } from './_internal/geometry.js';
import type { Box } from './types.js';

/** A band's gutter must lie in this middle part of the text's width. */
const GUTTER_ZONE = [0.2, 0.8] as const;
/** The stripe a band's rows share must be this wide (line heights)... */
const MIN_BAND_GUTTER_HEIGHTS = 0.5;
/**
 * ...and each row's own this wide: a body line the engine returned in two pieces at an ordinary
 * word space (above a stamp, say) is no two-column row, though its space lines up with the
 * gutter of the closing below it. A header row whose columns nearly touch joins its band when
 * the band is extended (`splitAlongStripe`).
 */
const MIN_ROW_GUTTER_HEIGHTS = 1.5;
/** A lone segment this close to the text's centre (fraction of its width) is a centred title. */
const CENTRED_TOLERANCE = 0.05;
/** A row next to a band splits along its gutter at a word gap at least this wide (line heights)... */
const MIN_ALIGNED_GAP_HEIGHTS = 0.2;
/** ...and this many times its other word gaps... */
const MIN_ALIGNED_GAP_RATIO = 1.5;
/** ...when it is at most this far (line heights, centre to centre) from the band's edge row. */
const MAX_ALIGNED_DISTANCE_HEIGHTS = 2;
/**
 * ...and when its two parts reach at most this far (line heights, both together) into the
 * band's free stripe, or its right part is centred on the right column within the second.
 */
const MAX_INTO_STRIPE_HEIGHTS = 2;
const MAX_RIGHT_CENTRING_HEIGHTS = 1.5;
/**
 * A gap no wider than the row's other word gaps still splits the page's first row when both
 * parts are centred on their columns within this many line heights: a header line printed into
 * the gutter, its columns an ordinary space apart, whose columns are centred as Decree 30's
 * header is. (Lower on the page a body line's halves can be centred so by chance.)
 */
const MAX_CENTRING_ERROR_HEIGHTS = 0.5;

export interface Band {
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
export function isLeftOf(segment: Segment, gutter: number): boolean {
  return (segment.bbox.x0 + segment.bbox.x1) / 2 < gutter;
}

/**
 * Cut the rows into bands: a maximal run of rows that share a free vertical stripe (a gutter)
 * in the middle of the text, with text on both sides of it, is a two-column band; every other
 * row is full-width flow. A centred title always breaks a band.
 */
function cutBands(rows: Segment[][], left: number, right: number, lineHeight: number): Band[] {
  const width = right - left;
  const zone0 = left + GUTTER_ZONE[0] * width;
  const zone1 = left + GUTTER_ZONE[1] * width;
  const centre = (left + right) / 2;
  const gutterOf = (candidate: Segment[][], minHeights = MIN_BAND_GUTTER_HEIGHTS): number | null => {
    let best: [number, number] | null = null;
    for (const [a, b] of freeStripes(candidate, left, right)) {
      const lo = Math.max(a, zone0);
      const hi = Math.min(b, zone1);
      if (hi - lo >= lineHeight * minHeights && (!best || hi - lo > best[1] - best[0])) best = [lo, hi];
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
    if (isCentredTitle(row) || gutterOf([row], MIN_ROW_GUTTER_HEIGHTS) === null) {
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
  const [left, right] = sidesOf(band);
  return [Math.max(...left.map((s) => s.bbox.x1)), Math.min(...right.map((s) => s.bbox.x0))];
}

/** A two-column band's segments, left column and right column, by its gutter. */
function sidesOf(band: Band): [Segment[], Segment[]] {
  const gutter = band.gutter ?? 0;
  const segments = band.rows.flat();
  return [segments.filter((s) => isLeftOf(s, gutter)), segments.filter((s) => !isLeftOf(s, gutter))];
}

/** The centres of a two-column band's columns: the middle of each column's lines. */
function columnCentres(band: Band): [number, number] {
  const centre = (side: Segment[]): number => {
    const box = union(side.map((s) => s.bbox));
    return (box.x0 + box.x1) / 2;
  };
  const [left, right] = sidesOf(band);
  return [centre(left), centre(right)];
}

/**
 * Split a full-width row at a word gap that lines up with a neighbouring band's gutter, even a
 * narrow one: "ỦY BAN MẶT TRẬN TỔ QUỐC CỘNG HÒA XÃ HỘI…" where the two columns nearly touch. The
 * gap must be wider than the row's own word spacing, or, in the page's first row (`firstRow`),
 * where the columns are an ordinary space apart, leave both parts centred on their columns
 * (`centres`), as a header's lines are.
 */
function splitAlongStripe(row: Segment[], stripe: [number, number], centres: [number, number], lineHeight: number, firstRow: boolean): Segment[] | null {
  const words = row.flatMap((s) => s.words.map((w) => ({ w, s }))).sort((a, b) => a.w.bbox.x0 - b.w.bbox.x0);
  const gaps = words.slice(1).map((next, i) => next.w.bbox.x0 - words[i].w.bbox.x1);
  const minGap = MIN_ALIGNED_GAP_HEIGHTS * lineHeight;
  const first = words[0]?.w.bbox.x0 ?? 0;
  const last = Math.max(...words.map((p) => p.w.bbox.x1));
  /** Where the words up to each one end: the left part's right edge when cut after it. */
  const leftEnds: number[] = [];
  for (const { w } of words) leftEnds.push(Math.max(leftEnds[leftEnds.length - 1] ?? -Infinity, w.bbox.x1));
  let best = -1;
  let bestGap = minGap;
  let centred = -1;
  let centredError = MAX_CENTRING_ERROR_HEIGHTS * lineHeight;
  gaps.forEach((gap, i) => {
    const aligned = words[i].w.bbox.x1 <= stripe[1] && words[i + 1].w.bbox.x0 >= stripe[0];
    if (!aligned || gap < minGap) return;
    const leftEnd = leftEnds[i];
    const leftError = Math.abs((first + leftEnd) / 2 - centres[0]);
    const rightError = Math.abs((words[i + 1].w.bbox.x0 + last) / 2 - centres[1]);
    // The row's parts may reach a little into the band's stripe (the widest line of a header
    // column often sets its edge), or further when the right part stands centred on its column
    // (the national title, a signature line); a body line's two halves do neither.
    const into = Math.max(0, words[i].w.bbox.x1 - stripe[0]) + Math.max(0, stripe[1] - words[i + 1].w.bbox.x0);
    const inColumns = into <= MAX_INTO_STRIPE_HEIGHTS * lineHeight || rightError <= MAX_RIGHT_CENTRING_HEIGHTS * lineHeight;
    // Wider than the row's own word spacing: a body line's ordinary space never qualifies.
    const ordinary = median(gaps.filter((_, j) => j !== i));
    if (inColumns && gap >= bestGap && gap >= MIN_ALIGNED_GAP_RATIO * ordinary) {
      best = i;
      bestGap = gap;
    }
    const error = Math.max(leftError, rightError);
    if (firstRow && error <= centredError) {
      centred = i;
      centredError = error;
    }
  });
  if (best < 0) best = centred;
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
        const split = splitAlongStripe(row, stripeOf(band), columnCentres(band), lineHeight, j === 0);
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

/**
 * Join each two-column band to the next when nothing stands between them and their columns
 * still part: every left segment of both ends before every right one begins. A header whose
 * left column's widest line reaches past where the national title begins, a row lower, leaves
 * no stripe the two rows share, yet it is one header, read column by column.
 */
function joinBands(bands: Band[], lineHeight: number): Band[] {
  const out: Band[] = [];
  for (const band of bands) {
    const before = out[out.length - 1];
    if (before !== undefined && before.gutter !== null && band.gutter !== null) {
      const gap = band.rows[0][0].y - before.rows[before.rows.length - 1][0].y;
      const [above, below] = [stripeOf(before), stripeOf(band)];
      const leftEnd = Math.max(above[0], below[0]);
      const rightStart = Math.min(above[1], below[1]);
      if (gap <= MAX_ALIGNED_DISTANCE_HEIGHTS * lineHeight && leftEnd < rightStart) {
        out[out.length - 1] = { rows: [...before.rows, ...band.rows], gutter: (leftEnd + rightStart) / 2 };
        continue;
      }
    }
    out.push(band);
  }
  return out;
}

/** The page's bands, in order: two-column bands and single rows of full-width flow. */
export function findBands(rows: Segment[][], left: number, right: number, lineHeight: number): Band[] {
  return joinBands(extendBands(cutBands(rows, left, right, lineHeight), lineHeight), lineHeight);
}

/** Where a two-column band's columns lie, and whether the engine ran lines across its gutter. */
export function describeBand(band: Band & { gutter: number }): ColumnBand {
  const [leftSide, rightSide] = sidesOf(band);
  const leftSources = new Set(leftSide.map((s) => s.source));
  return {
    left: union(leftSide.map((s) => s.bbox)),
    right: union(rightSide.map((s) => s.bbox)),
    gutter: band.gutter,
    merged: rightSide.some((s) => leftSources.has(s.source)),
  };
}
