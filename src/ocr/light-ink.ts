// A seal on a page scanned in grey. Colour tells a red seal from black print (the brightest
// channel drops it); grey does not: the seal is mid-grey ink, and Tesseract's threshold keeps its
// darker half, reads its rim letters and joins the lines under it. What sets it apart in grey is
// that print has a near-black core and the seal has none. So where light ink, away from any
// print's core, gathers into something a seal's size, that light ink becomes paper; print keeps
// every pixel near its strokes (its antialiased edges, its hairlines, and the seal where it
// crosses them). Light ink elsewhere stays: a slash or a period blurred to grey is light ink too.

import { paperLevels } from './paper.js';

export interface LightInkOptions {
  /** How far from print ink is kept as print's own, in millimetres. @defaultValue 0.5 */
  reachMm: number;
  /**
   * Where print's core ends, as a share of the way from the core's level (the 5th percentile of
   * the ink) to the paper's. @defaultValue 0.3
   */
  coreShare: number;
}

export const DEFAULT_LIGHT_INK: LightInkOptions = { reachMm: 0.5, coreShare: 0.3 };

export interface InkLevels {
  /** The paper's level: the median pixel of a text page. */
  paper: number;
  /** Pixels darker than this are print's core. */
  core: number;
  /** The 5th percentile of the ink: where print's core starts. */
  darkest: number;
}

/** Fewest ink pixels, as a share of the page, for the page to be read as print at all. */
const MIN_INK_SHARE = 0.001;

/** The paper's level and print's core level, from the histogram; null on a page with no ink. */
export function inkLevels(grey: Uint8Array, coreShare = DEFAULT_LIGHT_INK.coreShare): InkLevels | null {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < grey.length; i++) histogram[grey[i]]++;
  let paper = 255;
  for (let v = 0, seen = 0; v < 256; v++) {
    seen += histogram[v];
    if (seen >= grey.length / 2) {
      paper = v;
      break;
    }
  }
  const inkBelow = Math.round(paper * 0.75);
  let ink = 0;
  for (let v = 0; v < inkBelow; v++) ink += histogram[v];
  if (ink < grey.length * MIN_INK_SHARE) return null;
  for (let v = 0, seen = 0; v < inkBelow; v++) {
    seen += histogram[v];
    if (seen >= ink * 0.05) return { paper, core: Math.round(v + coreShare * (paper - v)), darkest: v };
  }
  return null;
}

/** Side of the tiles seals are looked for in, millimetres. */
const TILE_MM = 2;
/** Share of a tile's pixels that must be light ink for the tile to be part of a seal. */
const TILE_INK_SHARE = 0.04;
/** Smallest seal, across each way, millimetres: a slash or a faint word is far smaller. */
const MIN_SEAL_MM = 15;
/**
 * Least share of a seal's box in tiles of light ink. Measured on 48 grey generated documents:
 * seals 0.30–0.54, specks of small print joined into a seal's size 0.06–0.22.
 */
const MIN_SEAL_FILL = 0.25;
/**
 * Least light ink a seal's tiles hold on average, as a share of their pixels: a seal's strokes
 * are broad. Measured on 88 grey generated documents: seals 0.24–0.36; the thin strokes of
 * small print at 200 dpi, light ink too, gathered into a seal's size and fill, 0.11.
 */
const MIN_SEAL_INK = 0.15;
/** Side of the blocks the paper's level is taken in, millimetres. */
const PAPER_BLOCK_MM = 4;
/**
 * Largest seal pieces are joined into, across each way, millimetres: round seals are 32–42 mm
 * across (a margin for the blur and a tile's rounding).
 */
const MAX_SEAL_MM = 50;
/**
 * Seal pieces this many tiles apart or nearer (an empty tile between them, 2 mm) are joined:
 * the strokes of a line of print, with the margin kept around them, leave about that.
 */
const MERGE_GAP = 2;
/** Widest a seal's box is against its height (and the other way round). */
const MAX_SEAL_ASPECT = 1.6;

/** A group of tiles of light ink: its bounding box, in tiles, how many tiles it has and their light ink, in pixels. */
interface TileBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  tiles: number;
  ink: number;
}

/** Where light ink starts, block by block: 90% of the paper's own level there. */
interface PaperMap {
  light: Float32Array;
  columns: number;
  rows: number;
  /** Side of a block, pixels. */
  block: number;
}

/** Where light ink starts: 90% of the paper's level in each block (`paperLevels`), never above the page's median paper. */
function paperMap(grey: Uint8Array, width: number, height: number, block: number, paper: number): PaperMap {
  const { levels, columns, rows } = paperLevels(grey, width, height, block);
  return { light: levels.map((level) => Math.min(paper, level) * 0.9), columns, rows, block };
}

/** A rectangle of an image, pixels: x0, y0 included, x1, y1 not. */
interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Light ink away from print, in `region` of the image (`width` pixels a row): 1 where a pixel is
 * darker than 90% of the paper around it and no pixel of print's core lies within `reach` (a
 * square around it) in the region. The mask is the region's size.
 */
function lightInkMask(grey: Uint8Array, width: number, region: Region, core: number, paper: PaperMap, reach: number): Uint8Array {
  const w = region.x1 - region.x0;
  const h = region.y1 - region.y0;
  // Print's core widened along each row…
  const across = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const from = (region.y0 + y) * width + region.x0;
    for (let x = 0, last = -reach - 1; x < w; x++) {
      if (grey[from + x] < core) last = x;
      if (x - last <= reach) across[row + x] = 1;
    }
    for (let x = w - 1, last = w + reach; x >= 0; x--) {
      if (grey[from + x] < core) last = x;
      if (last - x <= reach) across[row + x] = 1;
    }
  }
  // …then down each column, from above and from below.
  const mask = new Uint8Array(w * h);
  const lastRow = new Int32Array(w).fill(-reach - 1);
  const { light, columns, block } = paper;
  const blockOfX = new Int32Array(w);
  for (let x = 0; x < w; x++) blockOfX[x] = Math.min(columns - 1, Math.floor((region.x0 + x) / block));
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const from = (region.y0 + y) * width + region.x0;
    const lightRow = Math.min(paper.rows - 1, Math.floor((region.y0 + y) / block)) * columns;
    for (let x = 0; x < w; x++) {
      if (across[row + x] === 1) lastRow[x] = y;
      else if (y - lastRow[x] > reach && grey[from + x] < light[lightRow + blockOfX[x]]) mask[row + x] = 1;
    }
  }
  lastRow.fill(h + reach);
  for (let y = h - 1; y >= 0; y--) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      if (across[row + x] === 1) lastRow[x] = y;
      else if (lastRow[x] - y <= reach) mask[row + x] = 0;
    }
  }
  return mask;
}

/** The image shrunk `step` times each way, each pixel the darkest of its block. */
function darkestOfBlocks(grey: Uint8Array, width: number, height: number, step: number) {
  if (step === 1) return { grey, width, height };
  const w = Math.ceil(width / step);
  const h = Math.ceil(height / step);
  const out = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const outRow = Math.floor(y / step) * w;
    for (let x = 0, bx = 0, left = step; x < width; x++) {
      const v = grey[row + x];
      if (v < out[outRow + bx]) out[outRow + bx] = v;
      if (--left === 0) {
        bx++;
        left = step;
      }
    }
  }
  return { grey: out, width: w, height: h };
}

/**
 * Seals gathered from groups of tiles. A line of print across a seal keeps the seal's ink under
 * it (print's own), and can cut the seal in pieces each too flat alone. A seal is gathered
 * around a group of `anchor` tiles at least (the largest first): each group `MERGE_GAP` tiles
 * from it or nearer joins it while the whole stays at most `maxTiles` across and
 * `MIN_SEAL_FILL` full. Specks of small print never gather alone, and beside a seal they join it
 * only while it stays a seal.
 */
function gatherSeals(groups: TileBox[], anchor: number, maxTiles: number): TileBox[] {
  const boxes = [...groups].sort((a, b) => b.tiles - a.tiles);
  const taken = new Uint8Array(boxes.length);
  const seals: TileBox[] = [];
  for (let a = 0; a < boxes.length && boxes[a].tiles >= anchor; a++) {
    if (taken[a] === 1) continue;
    let seal = boxes[a];
    for (let grew = true; grew; ) {
      grew = false;
      for (let b = a + 1; b < boxes.length; b++) {
        const piece = boxes[b];
        if (taken[b] === 1 || piece.x0 > seal.x1 + MERGE_GAP || seal.x0 > piece.x1 + MERGE_GAP || piece.y0 > seal.y1 + MERGE_GAP || seal.y0 > piece.y1 + MERGE_GAP) continue;
        const both = {
          x0: Math.min(seal.x0, piece.x0),
          x1: Math.max(seal.x1, piece.x1),
          y0: Math.min(seal.y0, piece.y0),
          y1: Math.max(seal.y1, piece.y1),
          tiles: seal.tiles + piece.tiles,
          ink: seal.ink + piece.ink,
        };
        const across = both.x1 - both.x0 + 1;
        const down = both.y1 - both.y0 + 1;
        if (across > maxTiles || down > maxTiles || both.tiles < across * down * MIN_SEAL_FILL) continue;
        seal = both;
        taken[b] = 1;
        grew = true;
      }
    }
    seals.push(seal);
  }
  return seals;
}

/**
 * Tiles that belong to a seal: tiles with enough light ink, joined with their eight neighbours
 * into groups, and groups gathered into seals (see below); a seal is at least `minTiles` across
 * both ways, at most `maxTiles`, no more than `MAX_SEAL_ASPECT` times wider than high or higher
 * than wide, `MIN_SEAL_FILL` full and its tiles `MIN_SEAL_INK` inked. Each seal's bounding box,
 * in tiles, widened by a tile, so that a seal's star and the side of its ring pressed hardest
 * (too dark to count as light ink) are within it.
 */
function sealTiles(mask: Uint8Array, width: number, height: number, tile: number, minTiles: number, maxTiles: number): TileBox[] {
  const tw = Math.ceil(width / tile);
  const th = Math.ceil(height / tile);
  const counts = new Uint32Array(tw * th);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const tileRow = Math.floor(y / tile) * tw;
    for (let x = 0; x < width; x++) if (mask[row + x] === 1) counts[tileRow + Math.floor(x / tile)]++;
  }
  // 1 for a tile with enough light ink not yet taken into a group.
  const inky = counts.map((c) => (c >= tile * tile * TILE_INK_SHARE ? 1 : 0));
  const stack: number[] = [];
  const groups: TileBox[] = [];
  for (let start = 0; start < inky.length; start++) {
    if (inky[start] === 0) continue;
    let x0 = tw;
    let x1 = -1;
    let y0 = th;
    let y1 = -1;
    let tiles = 0;
    let ink = 0;
    inky[start] = 0;
    stack.push(start);
    while (stack.length > 0) {
      const t = stack.pop() as number;
      tiles++;
      ink += counts[t];
      const tx = t % tw;
      const ty = (t - tx) / tw;
      x0 = Math.min(x0, tx);
      x1 = Math.max(x1, tx);
      y0 = Math.min(y0, ty);
      y1 = Math.max(y1, ty);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = tx + dx;
          const ny = ty + dy;
          if (nx < 0 || ny < 0 || nx >= tw || ny >= th) continue;
          const n = ny * tw + nx;
          if (inky[n] === 1) {
            inky[n] = 0;
            stack.push(n);
          }
        }
      }
    }
    groups.push({ x0, x1, y0, y1, tiles, ink });
  }
  const seals = gatherSeals(groups, minTiles * minTiles * MIN_SEAL_FILL, maxTiles);
  const found: TileBox[] = [];
  for (const { x0, x1, y0, y1, tiles, ink } of seals) {
    const across = x1 - x0 + 1;
    const down = y1 - y0 + 1;
    // A seal is round: a pen stroke or a shaded band a seal's size is far wider than high.
    if (across < minTiles || down < minTiles || across > down * MAX_SEAL_ASPECT || down > across * MAX_SEAL_ASPECT) continue;
    // A seal's rings, letters and star fill much of its box; the grey specks of small print at
    // 200 dpi (thin strokes with no core) gather a seal's size only sparsely.
    if (tiles < across * down * MIN_SEAL_FILL || ink < tiles * tile * tile * MIN_SEAL_INK) continue;
    found.push({ x0: Math.max(0, x0 - 1), x1: Math.min(tw - 1, x1 + 1), y0: Math.max(0, y0 - 1), y1: Math.min(th - 1, y1 + 1), tiles, ink });
  }
  return found;
}

/**
 * Turns to paper, in place, the light ink of seals: pixels darker than 90% of the paper around
 * them with no pixel of print's core within `reachMm`, inside the box of a group of such ink (or
 * of pieces of one that print cut apart) `MIN_SEAL_MM` to `MAX_SEAL_MM` across both ways, about
 * as wide as high and as full as a seal. Light ink elsewhere (a slash or a period blurred to grey,
 * a faint word, a pen stroke, specks of small print) is left alone. Returns how many pixels it
 * cleared.
 */
export function dropLightInk(
  grey: Uint8Array,
  width: number,
  height: number,
  dpi: number,
  options: LightInkOptions = DEFAULT_LIGHT_INK,
): number {
  const levels = inkLevels(grey, options.coreShare);
  if (levels === null) return 0;
  // Seals are looked for at about 100 dpi, each pixel the darkest of its block, so that most
  // pages (no seal) cost little; the ink is then cleared at full resolution.
  const step = Math.max(1, Math.round(dpi / 100));
  const small = darkestOfBlocks(grey, width, height, step);
  const smallMm = dpi / step / 25.4;
  // The paper's level from the page itself, in blocks a whole number of small pixels across.
  const paper = paperMap(grey, width, height, step * Math.max(1, Math.round(PAPER_BLOCK_MM * smallMm)), levels.paper);
  const smallPaper = { ...paper, block: paper.block / step };
  const smallMask = lightInkMask(
    small.grey,
    small.width,
    { x0: 0, y0: 0, x1: small.width, y1: small.height },
    levels.core,
    smallPaper,
    Math.max(1, Math.round(options.reachMm * smallMm)),
  );
  const tile = Math.max(2, Math.round(TILE_MM * smallMm));
  const seals = sealTiles(smallMask, small.width, small.height, tile, Math.ceil(MIN_SEAL_MM / TILE_MM), Math.ceil(MAX_SEAL_MM / TILE_MM));

  // Each seal's box at full resolution, its mask taken over the box and `reach` around it (print
  // just outside still keeps the pixels near it).
  const reach = Math.max(1, Math.round((options.reachMm * dpi) / 25.4));
  const side = step * tile;
  let cleared = 0;
  for (const seal of seals) {
    const box = { x0: seal.x0 * side, y0: seal.y0 * side, x1: Math.min(width, (seal.x1 + 1) * side), y1: Math.min(height, (seal.y1 + 1) * side) };
    const around = { x0: Math.max(0, box.x0 - reach), y0: Math.max(0, box.y0 - reach), x1: Math.min(width, box.x1 + reach), y1: Math.min(height, box.y1 + reach) };
    const mask = lightInkMask(grey, width, around, levels.core, paper, reach);
    const w = around.x1 - around.x0;
    for (let y = box.y0; y < box.y1; y++) {
      const row = y * width;
      const maskRow = (y - around.y0) * w - around.x0;
      for (let x = box.x0; x < box.x1; x++) {
        if (mask[maskRow + x] === 1) {
          grey[row + x] = levels.paper;
          cleared++;
        }
      }
    }
  }
  return cleared;
}
